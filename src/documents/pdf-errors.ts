/**
 * Why a PDF could not be read, in one Chinese sentence: every command that
 * reads PDF (lint, review, import) says it with these. The reader (pdfium.ts)
 * names the reason; PDFium's own words never reach the user.
 */

/** A PDF whose pages carry no text and no picture, or whose text is all blank. */
export const NO_TEXT_LAYER = '这个 PDF 文件没有文字层（可能是扫描件或图片），juesuan 读不出其中的文字；请找带文字的 PDF 或 Word 原件';

export type PdfReadReason = 'damaged' | 'damaged-page' | 'password' | 'security' | 'scan' | 'no-text' | 'unmapped' | 'garbled' | 'garbled-digits' | 'failed' | 'engine';

const MESSAGES: Readonly<Record<PdfReadReason, string>> = {
  damaged: '这是损坏的 PDF 文件（文件结构无效，可能下载或复制时不完整），无法读取；请重新下载',
  'damaged-page': '这是损坏的 PDF 文件（其中的内容格式有误），无法读取；请重新下载，或在 PDF 阅读器中打开后另存一份',
  password: '这个 PDF 文件设置了打开密码，juesuan 无法打开；请在 PDF 阅读器中去掉密码后另存一份',
  security: '这个 PDF 文件用了 juesuan 不支持的加密方式，无法打开；请在 PDF 阅读器中去掉加密后另存一份',
  scan: '这个 PDF 文件是扫描件（页面只是图片，没有文字层），juesuan 读不出其中的文字；请找带文字的 PDF 或 Word 原件',
  'no-text': NO_TEXT_LAYER,
  unmapped: '这个 PDF 文件的文字层读不出（字体没有字符映射 ToUnicode，读出的是乱码而不是中文），juesuan 读不出其中的文字；请找 Word 原件，或重新导出带文字的 PDF',
  garbled:
    '这个 PDF 文件的文字层已损坏（字体的字符映射有误，读出的文字夹杂乱码，如句号读成“2”、冒号读成“ÿ”），可能是用 Ghostscript 等工具压缩或重新保存时重建了字体；juesuan 不根据损坏的文字下结论；请找原始导出的 PDF 或 Word 原件',
  'garbled-digits':
    '这个 PDF 文件的文字层已损坏（字体的字符映射有误，数字读错了：多处科目编码与印在旁边的科目名称不符，如“207 一般公共服务支出”），表中和文中的数字都不可信；juesuan 不根据损坏的文字下结论；请找原始导出的 PDF 或 Word 原件',
  failed: '无法读取这个 PDF 文件（读取时出错，文件可能已损坏或过大）；请确认它能在 PDF 阅读器中打开，或重新下载',
  engine: 'juesuan 的 PDF 读取组件（@embedpdf/pdfium）无法启动，请重新安装 juesuan',
};

/** Why a PDF could not be read: the reason, and its sentence for the user. */
export class PdfReadError extends Error {
  constructor(readonly reason: PdfReadReason) {
    super(MESSAGES[reason]);
    this.name = 'PdfReadError';
  }
}

/** The sentence for what went wrong reading a PDF: the reader's reason, or a general one. */
export function pdfFailure(error: unknown): string {
  return error instanceof PdfReadError ? error.message : MESSAGES.failed;
}
