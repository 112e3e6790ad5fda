/**
 * 支出功能分类科目 (function classification of expenditure).
 * A subject code has 3 digits for a 类 (class), 5 for a 款 and 7 for a 项 (item);
 * a 款 code starts with its 类 code, a 项 code with its 款 code.
 */

export type SubjectLevel = 'class' | 'kuan' | 'item';

export const LEVEL_MARKER: Record<SubjectLevel, string> = { class: '类', kuan: '款', item: '项' };

export function subjectLevel(code: string): SubjectLevel | undefined {
  if (/^\d{3}$/.test(code)) return 'class';
  if (/^\d{5}$/.test(code)) return 'kuan';
  if (/^\d{7}$/.test(code)) return 'item';
  return undefined;
}

/** The code of the subject one level up, or undefined for a 类. */
export function parentCode(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return undefined;
}

/**
 * The 26 expenditure classes as they stand, in order, in 公开01表 and 公开04表.
 * Codes follow the national 政府收支分类科目.
 */
export const EXPENDITURE_CLASSES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '229', name: '其他支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

const CLASS_BY_NAME = new Map(EXPENDITURE_CLASSES.map((c) => [c.name, c]));
const CLASS_BY_CODE = new Map(EXPENDITURE_CLASSES.map((c) => [c.code, c]));

export function classByName(name: string): { code: string; name: string } | undefined {
  return CLASS_BY_NAME.get(name);
}

export function classByCode(code: string): { code: string; name: string } | undefined {
  return CLASS_BY_CODE.get(code);
}
