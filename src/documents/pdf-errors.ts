/**
 * Why pdfjs could not open or read a PDF, in one Chinese sentence, by the kind
 * of its exception (pdfjs's own messages are English: "Invalid PDF structure.",
 * "No password given"). Every command that reads PDF (lint, review, import) says
 * it with this one function.
 */
export function pdfFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (name) {
    case 'PasswordException':
      // 1: no password given, 2: a wrong one
      return code === 2
        ? '这个 PDF 文件设置了打开密码，给出的密码不对，无法打开'
        : '这个 PDF 文件设置了打开密码，juesuan 无法打开；请在 PDF 阅读器中去掉密码后另存一份';
    case 'InvalidPDFException':
      return '这是损坏的 PDF 文件（文件结构无效，可能下载或复制时不完整），无法读取；请重新下载';
    case 'FormatError':
      return '这是损坏的 PDF 文件（其中的内容格式有误），无法读取；请重新下载，或在 PDF 阅读器中打开后另存一份';
    case 'MissingPDFException':
      return '文件不存在';
    default:
      return '无法读取这个 PDF 文件（PDF 阅读器未能解析它）；请确认它能在 PDF 阅读器中打开，或重新下载';
  }
}

/** A PDF whose pages carry no text: a scan, or pages of pictures. */
export const NO_TEXT_LAYER = '这个 PDF 文件没有文字层（可能是扫描件或图片），juesuan 读不出其中的文字；请找带文字的 PDF 或 Word 原件';
