/**
 * The yaml package's errors in Chinese, by their code (its messages are
 * English: "Tabs are not allowed as indentation", "Implicit keys need to be on
 * a single line"). The position is given by the caller (file:line:column), so
 * each message says only what is wrong there and how it is written instead.
 */
export interface YamlErrorLike {
  code?: string;
  message: string;
}

/** What a few of the codes cover, told apart by the message's fixed English wording. */
function missingChar(message: string): string {
  if (/Implicit map keys need to be followed by map values/u.test(message)) return '这一行缺少冒号：应写成“名称: 值”（冒号是半角的，后面有一个空格）';
  if (/Missing closing "quote/u.test(message)) return '双引号没有闭合';
  if (/Missing closing 'quote/u.test(message)) return '单引号没有闭合';
  if (/Comments must be separated/u.test(message)) return '注释的 # 前面要有空格';
  if (/Missing space after :/u.test(message)) return '冒号后面缺少空格';
  if (/Missing , or : between/u.test(message)) return '方括号或花括号中的各项之间缺少逗号或冒号';
  if (/Missing , between/u.test(message)) return '方括号或花括号中的各项之间缺少逗号';
  if (/Sequence item without - indicator/u.test(message)) return '列表的这一项前面缺少“- ”';
  if (/separated from the next token by white space/u.test(message)) return '锚点（&）或标签（!）后面要有空格';
  return '缺少必要的符号（冒号、引号或逗号）';
}

function unexpected(message: string): string {
  if (/Unexpected scalar token in YAML stream/u.test(message) || /Unexpected scalar at node end/u.test(message)) {
    return '这一行不是“名称: 值”的写法，也不是列表的一项（可能缩进不对，或缺少冒号）';
  }
  if (/Unexpected flow-map-end|Unexpected flow-seq-end|Unexpected [\]}]/u.test(message)) return '多了一个右方括号或右花括号';
  if (/Unexpected ,/u.test(message)) return '多了一个逗号';
  if (/Unexpected empty item/u.test(message)) return '方括号或花括号中有空的一项（两个逗号之间没有内容）';
  if (/Block scalar header includes extra characters/u.test(message)) return '多行文字的 | 或 > 后面多了字符';
  return '这里出现了不该出现的内容（可能缩进不对，或缺少冒号、引号）';
}

const BY_CODE: Record<string, string | ((message: string) => string)> = {
  TAB_AS_INDENT: '用了制表符（Tab）缩进；YAML 只能用空格缩进',
  BAD_INDENT: (m) => (/sequence items must start at the same column/u.test(m)
    ? '列表的各项（- …）应从同一列开始'
    : '缩进不对：同一层的各项应对齐，下一层应比上一层多缩进'),
  MULTILINE_IMPLICIT_KEY: '名称跨了行：“名称: 值”的名称应写在一行之内（可能上一行缺少冒号，或引号没有闭合）',
  MISSING_CHAR: missingChar,
  UNEXPECTED_TOKEN: unexpected,
  DUPLICATE_KEY: '同一层中名称重复（同一个名称写了两次）',
  BAD_SCALAR_START: '值不能以这个符号开头（如 @、`、%、|、>）；请给值加上引号',
  BAD_DQ_ESCAPE: '双引号中的反斜杠（\\）转义无效；要写反斜杠本身，请改用单引号或写两个反斜杠',
  BLOCK_AS_IMPLICIT_KEY: '一行中不能有两个“名称: 值”；值中有“: ”时请给值加上引号',
  BLOCK_IN_FLOW: '方括号或花括号中不能有多行的列表或映射',
  BAD_ALIAS: '别名（*名称）或锚点（&名称）的写法不对',
  ALIAS_PROPS: '别名（*名称）不能带锚点或标签',
  BAD_PROP_ORDER: '锚点（&）或标签（!）的位置不对',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  BAD_DIRECTIVE: '以 % 开头的指令无效',
  MULTIPLE_DOCS: '文件中有多个 YAML 文档（用 --- 分开）；数据文件只能有一个',
  NON_STRING_KEY: '名称应为文字',
  KEY_OVER_1024_CHARS: '名称过长（超过 1024 个字符）',
  TAG_RESOLVE_FAILED: '无法识别的标签（!…）',
  BAD_COLLECTION_TYPE: '标签（!…）与值的类型不符',
  RESOURCE_EXHAUSTION: '别名（*name）展开过多（可能是“别名炸弹”），无法读取',
  IMPOSSIBLE: '无法解析',
};

/** One error of the yaml package, in Chinese. */
export function yamlMessage(error: YamlErrorLike): string {
  if (/Maximum call stack/u.test(error.message)) return '嵌套过深，无法读取';
  const entry = error.code === undefined ? undefined : BY_CODE[error.code];
  if (typeof entry === 'string') return entry;
  if (entry) return entry(error.message);
  return '无法解析';
}

/**
 * JSON.parse's error in Chinese, with the line and column it names (Node 20 says
 * "at position N", later versions add "(line L column C)").
 */
export function jsonMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)/u.exec(message);
  if (!at) return /Unexpected end of JSON input/u.test(message) ? '文件在中途结束（缺少右括号或引号）' : '不符合 JSON 的写法';
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列不符合 JSON 的写法（可能多了或少了逗号、引号或括号）`;
}
