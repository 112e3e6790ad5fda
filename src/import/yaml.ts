/**
 * Write the imported tables as a juesuan data file, with a commented section
 * for what the nine tables do not hold.
 */
import { Document, isScalar, stringify } from 'yaml';
import { TABLE_TITLES, type ImportedTables } from './tables.js';
import { placeName, type SourceKind } from './place.js';
import { TABLE_PARTS } from '../data/model.js';

export type { SourceKind };

export interface Header {
  department?: string;
  year?: number;
  source: string;
  /** what the source is, for naming places in it */
  kind?: SourceKind;
}

/**
 * The commented section for what the nine tables do not hold, to fill in by hand: a field the import took
 * (01's 上年数 as 上年决算, 05's 年初预算数 as 年初预算) is not offered again as a blank.
 */
function toFill(imported: ImportedTables): string {
  // (上年决算 written above from 01's 上年数 column: the rest goes into it, not under a second 上年决算)
  const prev = imported.previous?.收支总计 !== undefined ? imported.previous : undefined;
  const open = (fields: readonly string[], taken: Record<string, string> | undefined) => fields.filter((f) => taken?.[f] === undefined);
  const line = (name: string, fields: readonly string[]) => (fields.length > 0 ? [`#   ${name}: { ${fields.map((f) => `${f}: `).join(', ')}}`] : []);
  const previous = [
    imported.previous ? '# 上年决算: # 以下各项填入上面由决算表导入的“上年决算”中' : '# 上年决算: # 上年度决算数，用于“与上年相比”',
    ...(prev ? [] : ['#   收支总计:']),
    ...line('收入', open(['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], prev?.收入)),
    ...line('支出', ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']),
    '#   财政拨款收支总计:',
    '#   一般公共预算财政拨款支出:',
    '#',
  ];
  const opening = imported.budgets?.年初预算 ? [] : [
    '# 年初预算: # 年初预算数，用于“完成年初预算的 X%”',
    '#   一般公共预算财政拨款支出:',
    '#     合计:',
    '#     科目: # 每个项级（7 位）科目一行，例如“2010301 行政运行: 0.00”',
    '#',
  ];
  return `
# ─────────────── 表中没有、情况说明需要的数据（请填写） ───────────────
# 以下各项九张表里没有，需要从上年决算、年初预算和业务资料中填写，
# 写法见 data/liaocheng-2024.yaml。填好后去掉行首的“# ”。
#
${[...previous, ...opening].join('\n')}
# 三公经费: # 因公出国团组、人次；公务用车购置数量、保有量；公务接待批次、人次
# 机关运行经费: { 决算数: , 年初预算数: , 比较对象: 年初预算 }
# 政府采购: { 总额: , 货物: , 工程: , 服务: , 授予中小企业合同金额: , 授予小微企业合同金额: }
# 国有资产: { 车辆总数: , 单价100万元以上设备: }
# 预算绩效: # 自评项目数、金额、各项目全年预算数、执行数、得分、等级
# 主要原因: # 情况说明中“主要原因”的文字
`;
}

/**
 * The file without control characters (U+0000–U+001F but tab and newline, and U+007F): YAML 1.2 allows none
 * raw, and a source's text may hold them (Calc's clipped cells end in U+0002) where the file quotes it in a
 * comment. Quoted values write theirs escaped (\x02), and keep them.
 */
const withoutControls = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '');

/** A comment line: one line, whatever the text holds. */
const comment = (text: string): string => `# ${text.split('\n').map((l) => l.trim()).join(' ')}`;

/** The note for a source that states no year of its accounts: where it was looked for, and what to write. */
export const yearNotFound = (where: string): string =>
  `没有找到年度：${where}没有“2024年度”这样的年度，数据文件中“年度:”一行留空；请填写决算年度（如“年度: 2024”），否则 check、draft 不能使用这个文件`;

/** What a table found but not read is written with: unknown as a whole, never zeros (the loader's 未读出). */
export const UNREAD_MARK = `${TABLE_PARTS.unread}: true`;

export function importedYaml(imported: ImportedTables, header: Header): string {
  const unreliable = new Map((imported.unreliable ?? []).map((u) => [u.table, u]));
  const unread = new Set((imported.unread ?? []).map((u) => u.table));
  const head = [
    '# yaml-language-server: $schema=../schema/juesuan-data.schema.json',
    '#',
    `# 由 juesuan import 从 ${header.source} 的决算表导入。`,
    '# 请逐表与原文核对；金额单位：万元；空白单元格留空。',
    ...imported.notes.map((n) => comment(`注意：${n}`)),
    ...(imported.unread ?? []).map((u) => comment(`未读出：${u.reason}；表中的空白不是 0，需手工填写`)),
    ...(imported.unreadRows ?? []).map((u) => comment(`未读出：${u.reason}；需按原表填写`)),
    ...[...unreliable.values()].map((u) => comment(`不可靠：${u.reason}。表照原样写出，须对照原文逐格核对后再用`)),
    '',
    stringify({ 部门: header.department ?? '', 年度: header.year ?? null, 金额单位: '万元' }).trimEnd()
      .replace(/^年度: null$/mu, '年度: # 原表中没有找到年度，请填写决算年度（4 位年份），如 2024'),
    '',
    '# ───────────────────────── 九张公开表 ─────────────────────────',
    '',
  ];
  const body = Object.entries(imported.tables).map(([key, value]) => {
    const n = Number(key.slice(3, 4));
    // A table not read is marked so, its blanks kept for filling in by hand: the loader takes it as unknown, not zeros.
    const doc = new Document({ [key]: unread.has(key) ? { [TABLE_PARTS.unread]: true, ...(value as object) } : value });
    for (const cell of imported.computed ?? []) {
      const node = cell.path[0] === key ? doc.getIn(cell.path, true) : undefined;
      if (isScalar(node)) node.comment = ` ${cell.note}`;
    }
    // The cells a failing identity involves, each marked where it stands.
    for (const cell of unreliable.get(key)?.cells ?? []) {
      const node = cell.path.length > 1 ? doc.getIn(cell.path, true) : undefined;
      const place = placeName(header.kind, cell.page, cell.line);
      const where = place ? `（原文${place}）` : '';
      const mark = `不可靠：涉及未通过的勾稽关系${where}`;
      if (isScalar(node) && !node.comment?.includes(mark)) node.comment = node.comment ? `${node.comment}；${mark}` : ` ${mark}`;
    }
    const title = `${TABLE_TITLES[n]}${unreliable.has(key) ? '（不可靠：导入后未通过核对，见文件开头）' : ''}${unread.has(key) ? `（未读出，见文件开头：按原表填好后删去“${UNREAD_MARK}”一行）` : ''}`;
    return doc.toString({ nullStr: '', lineWidth: 0 }).replace(/\n/u, ` # ${title}\n`);
  });
  return withoutControls(`${head.join('\n')}\n${body.join('\n')}${previousYaml(imported)}${budgetsYaml(imported)}${toFill(imported)}`);
}

/** 05's budget columns imported (年初预算数, 调整预算数): the data file's 年初预算 / 全年预算 of 一般公共预算财政拨款支出. */
function budgetsYaml(imported: ImportedTables): string {
  const sections = Object.entries(imported.budgets ?? {});
  if (sections.length === 0) return '';
  const docs = sections.map(([section, scope]) => {
    const doc = new Document({ [section]: { 一般公共预算财政拨款支出: scope } });
    return `# ${section}：由公开05表的预算数一栏导入（项级科目按编码）\n${doc.toString({ nullStr: '', lineWidth: 0 })}`;
  });
  return `\n${docs.join('\n')}`;
}

/** 01's 上年数 column imported: the data file's 上年决算, as far as 01 prints it. */
function previousYaml(imported: ImportedTables): string {
  if (!imported.previous) return '';
  const doc = new Document({ 上年决算: imported.previous });
  const from = [
    ...(imported.previous.收支总计 !== undefined ? ['公开01表的上年数一栏（只有 01 表印出的各项）'] : []),
    ...(imported.previous.三公经费 ? ['公开09表的上年决算数一栏（三公经费）'] : []),
  ];
  return `\n# 上年决算：由${from.join('、')}导入\n${doc.toString({ nullStr: '', lineWidth: 0 })}`;
}
