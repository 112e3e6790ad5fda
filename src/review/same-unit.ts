/**
 * Whether a document and a data file are of the same department and year, as far as both say it:
 * a document linted against another department's (or year's) data would get dozens of false
 * "与数据不符" errors (blind 17P D1). Only names really read on both sides are compared; a missing
 * name is no mismatch. A department's names vary in its own documents (中共上海市普陀区委社会工作部,
 * 普陀区委社会工作部, 区委社会工作部; 上海市普陀区财政局, 普陀区财政局; 聊城市政府办公室（汇总）,
 * 聊城市人民政府办公室): two names differ only when their places differ (普陀区 / 静安区) or what is
 * left of them once the places are taken off shares no telling two characters (社会工作部 / 政府办公室).
 */
import { documentIdentity, textLines } from '../documents/identity.js';
import { matchKey } from '../lint/topics/model.js';

export interface UnitName {
  department?: string;
  year?: number;
}

/** 上海市, 普陀区, 内蒙古自治区 … at the start of a name (a place is 2–8 characters with its suffix). */
const PLACE = /^[\p{Script=Han}]{1,6}?(?:特别行政区|自治区|自治州|自治县|地区|新区|省|市|州|盟|区|县|旗)/u;
/** two characters many departments' names share: no sign of one department */
const GENERIC = new Set(['管理', '政府', '人民', '办公', '公室', '委员', '员会', '中心', '服务', '事务', '工作', '发展', '机关', '部门', '单位', '汇总', '本级']);

interface Parsed {
  places: string[];
  core: string;
}

function parse(name: string): Parsed {
  let s = matchKey(name)
    .replace(/[（(][^（）()]*[)）]/gu, '')
    .replace(/^中国共产党/u, '中共').replace(/^中共/u, '')
    .replace(/委员会/gu, '委').replace(/人民政府/gu, '政府');
  const places: string[] = [];
  for (let m = PLACE.exec(s); m && m[0].length < s.length; m = PLACE.exec(s)) {
    places.push(m[0]);
    s = s.slice(m[0].length);
  }
  // 区委社会工作部, 市委办公室: the party committee of the place
  // 上海市XX局, 某市某局: a template's placeholder names no department
  if (/[XxＸ×*＊]{2}|某/u.test(s)) return { places, core: '' };
  return { places, core: s.replace(/^委(?=.)/u, '') };
}

const bigrams = (s: string): Set<string> => new Set([...s].slice(0, -1).map((c, i) => c + [...s][i + 1]!).filter((b) => !GENERIC.has(b)));

/** Whether two department names are surely of different departments. */
export function differentDepartments(a: string, b: string): boolean {
  const [x, y] = [parse(a), parse(b)];
  if (x.core === '' || y.core === '') return false;
  if (x.places.length > 0 && y.places.length > 0 && !x.places.includes(y.places.at(-1)!) && !y.places.includes(x.places.at(-1)!)) return true;
  if (x.core.includes(y.core) || y.core.includes(x.core)) return false;
  const bx = bigrams(x.core);
  return bx.size > 0 && ![...bigrams(y.core)].some((g) => bx.has(g));
}

/**
 * How a department's name stands to another's, as a previous year's file is paired with this year's (blind 19Y):
 * - `same`: one department however written (聊城市教育局（汇总） / 聊城市教育局, 聊城市政府办公室 / 聊城市人民政府办公室);
 * - `scope`: the same name but one says 本级 (the office's own accounts) and the other not — which may be the
 *   department's whole (汇总) or its own office: the words do not say;
 * - `different`: surely another department — differentDepartments, or a unit under it (市场监督管理局 /
 *   市场监督管理局高新技术产业开发区分局: the longer name is the shorter, a whole office's name, and more);
 * - `unsure`: neither shown (机关事务服务中心 / 机关事务管理局, a name read on one side only as 区委社会工作部).
 */
export type DepartmentRelation = 'same' | 'scope' | 'different' | 'unsure';

/** An office's name ends so: 局, 委, 办公室, 中心 … (a unit under it is named after it: …局高新区分局). */
const WHOLE_OFFICE = /[局委办厅部室院心处会所站队馆校社府署团司]$/u;
const OWN_LEVEL = /本级/u;

export function departmentRelation(a: string, b: string): DepartmentRelation {
  if (differentDepartments(a, b)) return 'different';
  const [x, y] = [parse(a), parse(b)];
  if (x.core === '' || y.core === '') return 'unsure';
  const [cx, cy] = [x.core.replace(OWN_LEVEL, ''), y.core.replace(OWN_LEVEL, '')];
  const [ox, oy] = [OWN_LEVEL.test(matchKey(a)), OWN_LEVEL.test(matchKey(b))];
  if (cx === cy) return ox === oy ? 'same' : 'scope';
  const [short, long] = cx.length < cy.length ? [cx, cy] : [cy, cx];
  if (long.startsWith(short) && WHOLE_OFFICE.test(short)) return 'different';
  return 'unsure';
}

/**
 * Whether two names `departmentRelation` leaves unsure may be one department renamed (机关事务服务中心 / 机关事务管理局):
 * both really named (no placeholder), of the same places where both name one, and sharing a telling part (not only one
 * containing the other, as a unit under an office is named after it). A hint to name, never a pairing.
 */
export function renamedLike(a: string, b: string): boolean {
  const [x, y] = [parse(a), parse(b)];
  if (x.core === '' || y.core === '' || x.core.includes(y.core) || y.core.includes(x.core)) return false;
  if (x.places.length > 0 && y.places.length > 0 && x.places.at(-1) !== y.places.at(-1)) return false;
  const bx = bigrams(x.core);
  return [...bigrams(y.core)].some((g) => bx.has(g));
}

/** What differs between a document and its data file (both sides really named), or undefined. */
export function unitMismatch(document: UnitName, data: UnitName): { department?: [string, string]; year?: [number, number] } | undefined {
  const department = document.department && data.department && differentDepartments(document.department, data.department)
    ? [document.department, data.department] as [string, string] : undefined;
  const year = document.year !== undefined && data.year !== undefined && document.year !== data.year
    ? [document.year, data.year] as [number, number] : undefined;
  return department || year ? { ...(department ? { department } : {}), ...(year ? { year } : {}) } : undefined;
}

/**
 * A name as departments are named: Han characters ending in what an office is (局, 委, 办公室, 街道办事处, 医院 …),
 * a bracket after it (（汇总）) allowed. A title-like line of a Markdown table (| 项目 | 2024年决算数 |) read as a
 * title gave 「| 项目 |」 and refused a right data file (blind 12L).
 */
const DEPARTMENT_LIKE = /^[\p{Script=Han}A-Za-z0-9“”"]{2,40}?[局委办厅部室院心处会所站队馆校学园社府署团台司镇乡狱场组]$/u;

function departmentLike(name: string): boolean {
  let s = matchKey(name);
  // (汇总), (本级) … after the name: taken off from the end, one bracket at a time
  while (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open < 0) break;
    s = s.slice(0, open);
  }
  return DEPARTMENT_LIKE.test(s);
}

/**
 * 部门 and 年度 as a text states them, read strictly, since a mismatch refuses the check: the department only
 * where it reads as a department's name, the year only where a title or a table's header line states it (the
 * majority of a Part 3's years, comparisons counted, is no statement of whose year the text is).
 */
export function textUnit(text: string): UnitName {
  const identity = documentIdentity(textLines(text));
  const titled = identity.year !== undefined && identity.yearFrom === 'document'
    && identity.evidence.some((e) => e.year === identity.year && (e.kind === 'title' || e.kind === 'header'));
  return {
    ...(identity.department && departmentLike(identity.department) ? { department: identity.department } : {}),
    ...(titled ? { year: identity.year } : {}),
  };
}

/** 部门 and 年度 of a YAML data file's header (部门: …, 年度: …), read without parsing the file. */
export function dataHeaderUnit(yaml: string): UnitName {
  const department = /^部门[ \t]*[:：][ \t]*["'“]?([^"'”#\n]*)/mu.exec(yaml)?.[1]?.trim();
  const year = Number(/^年度[ \t]*[:：][ \t]*["']?([0-9]{4})["']?[ \t]*(?:#|$)/mu.exec(yaml)?.[1]);
  return { ...(department ? { department } : {}), ...(Number.isInteger(year) && year > 1900 ? { year } : {}) };
}

/** The refusal: which file, and both names. */
export function mismatchMessage(dataName: string, document: UnitName, data: UnitName, mismatch: NonNullable<ReturnType<typeof unitMismatch>>): string {
  const who = (u: UnitName) => [u.department, u.year !== undefined ? `${u.year} 年度` : undefined].filter(Boolean).join(' ');
  const what = mismatch.department ? '不是同一部门' : '不是同一年度';
  return `本文件是${who(document)}的决算，数据文件 ${dataName} 是${who(data)}的，${what}：未按这个数据文件核对（请放入本部门本年度的数据文件）`;
}

/**
 * Why a text is not to be checked against a data file: another department's or year's, both really named (the
 * message naming both); undefined where nothing says so. Lint and the desk refuse the pairing with it.
 */
export function unitRefusal(text: string, data: UnitName, dataName: string): string | undefined {
  const own = textUnit(text);
  const mismatch = unitMismatch(own, data);
  return mismatch ? mismatchMessage(dataName, own, data, mismatch) : undefined;
}
