/**
 * Topics (主题): what a sentence of Part 3 talks about — 基本支出, 行政运行（项）,
 * 因公出国（境）费 — with the names prose uses for it, the sections where it is
 * at home, and the facts a figure about it can be: its amount, its share of a
 * whole, its change against a base, its completion against a budget, counts.
 * Built from the fact catalog's Part 3 view; no figure is computed here.
 */
import type { Change, Completion, Fact } from '../facts/fact.js';
import type { FactCatalog, ItemCompletion, Part3Facts, SubjectName } from '../facts/catalog.js';
import type { FigureUnit } from './figures.js';
import { normalizeWidth } from './normalize.js';

/** The kind of a Part 3 section, recognised by its title's keywords, whatever its ordinal. */
export type SectionKind =
  | 'overall' | 'income' | 'expenditure' | 'fiscal' | 'gpb' | 'basic' | 'govFund' | 'soe'
  | 'sanGong' | 'office' | 'procurement' | 'assets' | 'performance';

export interface ShareSlot {
  /** the topic whose amount is the whole; undefined when the whole has no topic of its own */
  wholeTopic: string | undefined;
  fact: Fact;
}

export interface CountSlot {
  unit: FigureUnit;
  /** words that select this slot when several share a unit (团组 vs 人次 both fine) */
  keywords: readonly string[];
  fact: Fact;
  /** for grade counts: 优, 良 … */
  grade?: string;
}

export interface Topic {
  id: string;
  label: string;
  /** width-normalised, whitespace-free names */
  names: string[];
  sections: SectionKind[];
  amount?: Fact;
  shares: ShareSlot[];
  changes: { 'previous-year'?: Change; budget?: Change };
  completions: { opening?: Completion; 'full-year'?: Completion };
  counts: CountSlot[];
  score?: Fact;
  /** ids of topics whose amounts add up to this one's (an exhaustive breakdown) */
  parts?: string[];
  /**
   * A name that says which figure of the subject follows rather than naming a new one
   * (涉及预算金额 after 编报绩效目标的项目 1 个): it stands for itself only when the
   * subject has no amount of its own in this section.
   */
  attribute?: boolean;
  /**
   * The data file's section this topic's figures would come from, when the file leaves it out:
   * the names still say what the text speaks of (政府采购支出总额 is not 收支总计), its figures are unverified.
   */
  absentFrom?: string;
  /** ids of topics whose amounts together are at most this one's: parts of it, not necessarily all (SME awards ≤ all procurement) */
  within?: string[];
  /** id of the topic this one is a subset of (小微企业 ⊂ 中小企业) */
  supersetOf?: string;
  subsetOf?: string;
}

export interface TopicIndex {
  topics: Map<string, Topic>;
  /** name → topic ids */
  byName: Map<string, string[]>;
  /** all names, longest first */
  names: string[];
  /** the topic a section is about when a sentence names none */
  sectionDefault: Partial<Record<SectionKind, string>>;
  part3: Part3Facts;
  /** every 类/款/项 the data's tables hold, width-normalised names: what a subject named in the text may be */
  subjects: SubjectName[];
}

/** Names as the matcher sees them: width-normalised, no whitespace. */
export function matchKey(name: string): string {
  return normalizeWidth(name).replace(/\s+/gu, '');
}

/** 一般公共服务支出 → the ways prose names this class. */
function classVariants(name: string): string[] {
  const bare = name.replace(/支出$/u, '');
  return [name, `${bare}(类)支出`, `${name}(类)`, `${bare}(类)`, `“${bare}”`, `"${bare}"`, `${bare}类`];
}

function quoteVariants(core: string, suffixes: string[]): string[] {
  const out: string[] = [];
  for (const q of [['“', '”'], ['"', '"'], ['‘', '’'], ['', '']] as const) {
    for (const s of suffixes) out.push(`${q[0]}${core}${q[1]}${s}`);
  }
  return out;
}

class TopicBuilder {
  readonly topics = new Map<string, Topic>();

  add(topic: Partial<Topic> & Pick<Topic, 'id' | 'label' | 'names' | 'sections'>): Topic {
    const full: Topic = { shares: [], changes: {}, completions: {}, counts: [], ...topic, names: [...new Set(topic.names.map(matchKey))] };
    this.topics.set(full.id, full);
    return full;
  }
}

export function buildTopicIndex(catalog: FactCatalog): TopicIndex {
  const p = catalog.part3;
  const b = new TopicBuilder();

  // 一 / 公开01表
  b.add({
    id: 'grand-total', label: '收支总计', sections: ['overall', 'income', 'expenditure'],
    names: ['收支总计', '收、支总计', '收入支出总计', '收支决算总计', '收、支决算总计', '收入支出决算总计', '收入总计', '支出总计', '收入和支出总计', '收支总额', '总收入', '总支出', '收入总额', '支出总额'],
    amount: p.overall.grandTotal.current, changes: { 'previous-year': p.overall.grandTotal },
  });
  b.add({ id: 'income.non-fiscal-surplus-used', label: '使用非财政拨款结余', sections: ['overall', 'income'], names: ['使用非财政拨款结余', '使用非财政拨款结余和专用结余'], amount: p.overall.nonFiscalSurplusUsed });
  b.add({ id: 'income.opening-balance', label: '年初结转和结余', sections: ['overall', 'income'], names: ['年初结转和结余', '上年结转和结余', '上年结转结余'], amount: p.overall.openingBalance });
  b.add({ id: 'expenditure.surplus-distribution', label: '结余分配', sections: ['overall', 'expenditure'], names: ['结余分配'], amount: p.overall.surplusDistribution });
  b.add({ id: 'expenditure.closing-balance', label: '年末结转和结余', sections: ['overall', 'expenditure'], names: ['年末结转和结余', '年末结转结余'], amount: p.overall.closingBalance });

  // 二 收入
  b.add({
    id: 'income.total', label: '本年收入合计', sections: ['income', 'overall'],
    names: ['本年收入合计', '收入合计', '本年收入', '本年收入决算'],
    amount: p.income.total, parts: p.income.sources.map((s) => `income.${s.id}`),
  });
  for (const s of p.income.sources) {
    b.add({
      id: `income.${s.id}`, label: s.name, sections: ['income'],
      names: [s.name],
      amount: s.share.part, shares: [{ wholeTopic: 'income.total', fact: s.share.rate }], changes: { 'previous-year': s.change },
    });
  }

  for (const a of p.income.appropriations) {
    b.add({
      id: `income.${a.id}`, label: a.name, sections: ['income', 'overall', 'fiscal'], names: [a.name],
      amount: a.share.part, shares: [{ wholeTopic: 'income.total', fact: a.share.rate }],
      changes: a.change ? { 'previous-year': a.change } : {},
    });
  }

  // 三 支出
  b.add({
    id: 'expenditure.total', label: '本年支出合计', sections: ['expenditure', 'overall'],
    names: ['本年支出合计', '支出合计', '本年支出', '本年支出决算'],
    amount: p.expenditure.total, parts: p.expenditure.kinds.map((k) => `expenditure.${k.id}`),
  });
  for (const k of p.expenditure.kinds) {
    b.add({
      id: `expenditure.${k.id}`, label: k.name, sections: ['expenditure'], names: [k.name],
      amount: k.share.part, shares: [{ wholeTopic: 'expenditure.total', fact: k.share.rate }], changes: { 'previous-year': k.change },
    });
  }

  for (const c of p.expenditure.classes) {
    b.add({
      id: `expenditure.class.${c.code}`, label: `${c.name}（类）`, sections: ['expenditure'], names: classVariants(c.name),
      amount: c.share.part, shares: [{ wholeTopic: 'expenditure.total', fact: c.share.rate }],
    });
  }

  // 四 财政拨款收支总计
  b.add({
    id: 'fiscal.grand-total', label: '财政拨款收支总计', sections: ['fiscal'],
    names: ['财政拨款收支总计', '财政拨款收、支总计', '财政拨款收入支出总计', '财政拨款收入支出决算总计', '财政拨款收支决算总计', '财政拨款收入和支出总计'],
    amount: p.fiscal.grandTotal.current, changes: { 'previous-year': p.fiscal.grandTotal },
  });

  // 五 一般公共预算财政拨款支出
  const gpb = p.gpb;
  b.add({
    id: 'gpb.total', label: '一般公共预算财政拨款支出', sections: ['gpb'],
    names: ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出决算', '一般公共预算支出', '一般公共预算财政拨款'],
    amount: gpb.total, shares: [{ wholeTopic: 'expenditure.total', fact: gpb.shareOfExpenditure.rate }],
    changes: { 'previous-year': gpb.change }, completions: withFullYear(gpb.completion, gpb.fullYearCompletion),
    parts: gpb.classes.map((c) => `gpb.class.${c.code}`),
  });
  for (const c of gpb.classes) {
    b.add({
      id: `gpb.class.${c.code}`, label: `${c.name}（类）`, sections: ['gpb'], names: classVariants(c.name),
      amount: c.share.part, shares: [{ wholeTopic: 'gpb.total', fact: c.share.rate }],
    });
  }
  addItems(b, 'gpb', gpb.items, ['gpb']);

  // 六 基本支出
  b.add({
    id: 'basic.total', label: '一般公共预算财政拨款基本支出', sections: ['basic'],
    names: ['一般公共预算财政拨款基本支出', '一般公共预算财政拨款基本支出决算', '基本支出'],
    amount: p.basic.total, parts: ['basic.personnel', 'basic.public-funds'],
  });
  b.add({
    id: 'basic.personnel', label: '人员经费', sections: ['basic'], names: ['人员经费'],
    amount: p.basic.personnel.amount, shares: [{ wholeTopic: 'basic.total', fact: p.basic.personnel.share.rate }],
  });
  b.add({
    id: 'basic.public-funds', label: '公用经费', sections: ['basic'], names: ['公用经费'],
    amount: p.basic.publicFunds.amount, shares: [{ wholeTopic: 'basic.total', fact: p.basic.publicFunds.share.rate }],
  });

  // 七 政府性基金
  const gf = p.govFund;
  b.add({ id: 'gov-fund.opening-balance', label: '政府性基金年初结转和结余', sections: ['govFund'], names: ['年初结转和结余', '上年结转和结余'], amount: gf.openingBalance });
  b.add({ id: 'gov-fund.income', label: '政府性基金本年收入', sections: ['govFund'], names: ['本年收入', '政府性基金预算财政拨款收入'], amount: gf.income });
  b.add({
    id: 'gov-fund.spending', label: '政府性基金本年支出', sections: ['govFund'], names: ['本年支出', '政府性基金预算财政拨款支出', '政府性基金预算支出'],
    amount: gf.spending, completions: withFullYear(gf.completion, gf.fullYearCompletion),
    changes: gf.change ? { 'previous-year': gf.change } : {},
  });
  b.add({ id: 'gov-fund.closing-balance', label: '政府性基金年末结转和结余', sections: ['govFund'], names: ['年末结转和结余'], amount: gf.closingBalance });
  addItems(b, 'gov-fund', gf.items, ['govFund']);

  // 八 国有资本经营
  b.add({
    id: 'soe.spending', label: '国有资本经营预算财政拨款支出', sections: ['soe'], names: ['国有资本经营预算财政拨款支出', '国有资本经营预算支出'],
    amount: p.soe.spending, completions: withFullYear(p.soe.completion, p.soe.fullYearCompletion),
  });
  addItems(b, 'soe', p.soe.items, ['soe']);

  // 九 三公
  const sg = p.sanGong;
  // Each 三公 line: its full-year budget (公开09表), and its opening budget and last year's actual where given.
  const withBudget = (c: Completion, id: keyof typeof sg.comparisons) => {
    const more = sg.comparisons[id];
    return {
      amount: c.actual,
      completions: { 'full-year': c, ...(more.opening ? { opening: more.opening } : {}) },
      changes: more.change ? { 'previous-year': more.change } : {},
    };
  };
  b.add({
    id: 'san-gong', label: '“三公”经费', sections: ['sanGong'],
    names: quoteVariants('三公', ['经费', '经费支出', '经费财政拨款支出']).concat(['财政拨款“三公”经费支出', '财政拨款"三公"经费支出', '三公经费']),
    ...withBudget(sg.total, 'total'), parts: ['san-gong.abroad', 'san-gong.vehicles', 'san-gong.reception'],
  });
  b.add({
    id: 'san-gong.abroad', label: '因公出国（境）费', sections: ['sanGong'],
    names: ['因公出国(境)费', '因公出国(境)费用', '因公出国(境)经费', '因公出国(境)支出', '因公出国费', '因公出国支出', '因公出国(境)', '出国(境)', '因公出国'],
    ...withBudget(sg.abroad, 'abroad'), shares: [{ wholeTopic: 'san-gong', fact: sg.itemShares.abroad.rate }],
    counts: [
      { unit: '个', keywords: ['团组'], fact: sg.abroad.groups },
      { unit: '次', keywords: ['团组'], fact: sg.abroad.groups },
      { unit: '人次', keywords: [], fact: sg.abroad.persons },
      { unit: '人', keywords: [], fact: sg.abroad.persons },
    ],
  });
  b.add({
    id: 'san-gong.vehicles', label: '公务用车购置及运行维护费', sections: ['sanGong'],
    names: ['公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置及运行维护支出', '公务用车及运行维护费', '公务用车购置和运行维护费', '公务用车购置及运行维护经费', '公务用车购置及运行维护'],
    ...withBudget(sg.vehicles, 'vehicles'), parts: ['san-gong.vehicle-purchase', 'san-gong.vehicle-operation'],
    shares: [{ wholeTopic: 'san-gong', fact: sg.itemShares.vehicles.rate }],
  });
  b.add({
    id: 'san-gong.vehicle-purchase', label: '公务用车购置费', sections: ['sanGong'],
    names: ['公务用车购置费', '公务用车购置支出', '公务用车购置', '公车购置费'], ...withBudget(sg.vehicles.purchase, 'vehiclePurchase'),
    // 公务用车购置 0 辆 (GX-LZ19): the same name for the cost and the number bought.
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.purchased }],
  });
  b.add({
    id: 'san-gong.vehicle-operation', label: '公务用车运行维护费', sections: ['sanGong'],
    names: ['公务用车运行维护费', '公务用车运行维护支出', '公务用车运行费用', '公务用车运行费', '公车运行费', '运行维护费', '公务用车运行维护'], ...withBudget(sg.vehicles.operation, 'vehicleOperation'),
  });
  b.add({
    id: 'san-gong.vehicles.purchased', label: '购置公务用车', sections: ['sanGong'],
    names: ['购置公务用车', '购置车辆', '购置公务用车数量', '新购公务用车'],
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.purchased }],
  });
  b.add({
    id: 'san-gong.vehicles.held', label: '公务用车保有量', sections: ['sanGong'],
    names: ['公务用车保有量', '保有量', '公务用车保有'],
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.held }],
  });
  b.add({
    id: 'san-gong.reception', label: '公务接待费', sections: ['sanGong'],
    names: ['公务接待费', '公务接待支出', '公务接待费用', '公务接待经费', '公务接待'], ...withBudget(sg.reception, 'reception'),
    shares: [{ wholeTopic: 'san-gong', fact: sg.itemShares.reception.rate }],
    parts: ['san-gong.reception.domestic', 'san-gong.reception.abroad'],
    // 公务接待 27 批次，621 人次 (HLX18): domestic and abroad together.
    counts: [
      { unit: '批次', keywords: [], fact: sg.reception.batches }, { unit: '次', keywords: [], fact: sg.reception.batches },
      { unit: '人次', keywords: [], fact: sg.reception.persons }, { unit: '人', keywords: [], fact: sg.reception.persons },
    ],
  });
  const d = sg.reception.domestic;
  b.add({
    id: 'san-gong.reception.domestic', label: '国内公务接待', sections: ['sanGong'],
    names: ['国内接待费', '国内公务接待费', '国内公务接待支出', '国内公务接待', '国内接待'],
    amount: d.amount,
    counts: [
      { unit: '批次', keywords: [], fact: d.batches }, { unit: '次', keywords: [], fact: d.batches }, { unit: '个', keywords: [], fact: d.batches },
      { unit: '人次', keywords: [], fact: d.persons }, { unit: '人', keywords: [], fact: d.persons },
    ],
  });
  b.add({
    id: 'san-gong.reception.foreign-affairs', label: '外事接待', sections: ['sanGong'],
    names: ['外事接待', '外宾接待', '接待外宾'],
    counts: [
      { unit: '批次', keywords: [], fact: d.foreignAffairsBatches },
      { unit: '人次', keywords: [], fact: d.foreignAffairsPersons }, { unit: '人', keywords: [], fact: d.foreignAffairsPersons },
    ],
  });
  const a = sg.reception.abroad;
  b.add({
    id: 'san-gong.reception.abroad', label: '国（境）外公务接待', sections: ['sanGong'],
    names: ['国(境)外接待费', '国(境)外公务接待费', '国(境)外公务接待', '国(境)外接待', '境外接待'],
    amount: a.amount,
    counts: [
      { unit: '批次', keywords: [], fact: a.batches }, { unit: '次', keywords: [], fact: a.batches },
      { unit: '人次', keywords: [], fact: a.persons }, { unit: '人', keywords: [], fact: a.persons },
    ],
  });

  // 十 机关运行经费
  const office = p.officeOperation;
  if (office) {
    b.add({
      id: 'office-operation', label: '机关运行经费', sections: ['office'],
      names: ['机关运行经费', '机构运行经费', '机关运行经费支出', '行政单位机关运行经费'],
      amount: office.actual,
      changes: { ...(office.vsPrevious ? { 'previous-year': office.vsPrevious } : {}), ...(office.vsBudget ? { budget: office.vsBudget } : {}) },
    });
  }

  // 十一 政府采购
  const pr = p.procurement;
  if (pr) {
    b.add({
      id: 'procurement.total', label: '政府采购支出总额', sections: ['procurement'],
      names: ['政府采购支出总额', '政府采购支出', '政府采购金额', '政府采购总额', '采购支出总额', '政府采购合同金额', '政府采购总支出'],
      amount: pr.total, parts: ['procurement.goods', 'procurement.works', 'procurement.services'],
      within: ['procurement.reserved-sme.awarded', 'procurement.other.sme-awarded'],
    });
    b.add({ id: 'procurement.goods', label: '政府采购货物支出', sections: ['procurement'], names: ['政府采购货物支出', '货物采购金额', '货物采购支出', '货物采购', '货物支出金额', '货物支出', '货物类'], amount: pr.goods, shares: [{ wholeTopic: 'procurement.total', fact: pr.kindShares.goods.rate }] });
    b.add({ id: 'procurement.works', label: '政府采购工程支出', sections: ['procurement'], names: ['政府采购工程支出', '工程采购金额', '工程采购支出', '工程采购', '工程支出金额', '工程支出', '工程类'], amount: pr.works, shares: [{ wholeTopic: 'procurement.total', fact: pr.kindShares.works.rate }] });
    b.add({ id: 'procurement.services', label: '政府采购服务支出', sections: ['procurement'], names: ['政府采购服务支出', '服务采购金额', '服务采购支出', '服务采购', '服务支出金额', '服务支出', '服务类'], amount: pr.services, shares: [{ wholeTopic: 'procurement.total', fact: pr.kindShares.services.rate }] });
    b.add({
      id: 'procurement.sme', label: '授予中小企业合同金额', sections: ['procurement'],
      names: ['授予中小企业合同金额', '授予中小企业的合同金额', '中小企业合同金额', '授予中小企业', '授予中小微企业合同金额', '授予中小微企业'],
      amount: pr.sme.part, shares: [{ wholeTopic: 'procurement.total', fact: pr.sme.rate }], supersetOf: 'procurement.small-micro',
    });
    b.add({
      id: 'procurement.small-micro', label: '授予小微企业合同金额', sections: ['procurement'],
      names: ['授予小微企业合同金额', '授予小微企业的合同金额', '小微企业合同金额', '授予小微企业'],
      amount: pr.smallMicro.part, shares: [{ wholeTopic: 'procurement.total', fact: pr.smallMicro.rate }], subsetOf: 'procurement.sme',
    });
    // The reserved-share wording of the current national rules (财库〔2020〕46号 and after).
    const reserved = pr.reserved;
    b.add({ id: 'procurement.reserved-sme', label: '面向中小企业预留政府采购项目预算金额', sections: ['procurement'], names: reservedNames('中小企业'), amount: reserved.sme, supersetOf: 'procurement.reserved-small-micro' });
    b.add({ id: 'procurement.reserved-small-micro', label: '面向小微企业预留政府采购项目预算金额', sections: ['procurement'], names: reservedNames('小微企业'), amount: reserved.smallMicro, subsetOf: 'procurement.reserved-sme' });
    b.add({ id: 'procurement.reserved-sme.awarded', label: '中小企业预留项目中由中小企业中标成交的金额', sections: ['procurement'], names: awardedNames(reservedProjects('中小企业'), '中小企业'), amount: reserved.smeAwarded });
    b.add({ id: 'procurement.reserved-small-micro.awarded', label: '小微企业预留项目中由小微企业中标成交的金额', sections: ['procurement'], names: awardedNames(reservedProjects('小微企业'), '小微企业'), amount: reserved.smallMicroAwarded });
    b.add({ id: 'procurement.other.sme-awarded', label: '其他项目中由中小企业中标成交的金额', sections: ['procurement'], names: awardedNames(['其他政府采购项目中', '其他采购项目中', '其他项目中'], '中小企业'), amount: reserved.otherSmeAwarded });
    for (const k of pr.kindSme) {
      const id = k.kind === '货物' ? 'goods' : k.kind === '工程' ? 'works' : 'services';
      b.add({
        id: `procurement.${id}-sme`, label: `${k.kind}采购授予中小企业合同金额`, sections: ['procurement'],
        names: [`${k.kind}采购授予中小企业合同金额`, `${k.kind}采购授予中小企业`, `${k.kind}授予中小企业合同金额`],
        amount: k.share.part, shares: [{ wholeTopic: `procurement.${id}`, fact: k.share.rate }],
      });
    }
  }

  // 十二 国有资产
  const assets = p.assets;
  if (assets) {
    b.add({
      id: 'assets.vehicles', label: '车辆', sections: ['assets'], names: ['共有车辆', '车辆总数', '车辆'],
      counts: [{ unit: '辆', keywords: [], fact: assets.vehicles }],
      parts: assets.byUse.map((v) => `assets.vehicles.${v.use}`),
    });
    for (const v of assets.byUse) {
      b.add({ id: `assets.vehicles.${v.use}`, label: v.use, sections: ['assets'], names: [v.use], counts: [{ unit: '辆', keywords: [], fact: v.count }] });
    }
    b.add({
      id: 'assets.equipment', label: '单价 100 万元（含）以上设备', sections: ['assets'],
      names: ['单价100万元(含)以上设备(不含车辆)', '单价100万元(含)以上设备', '单价100万元以上设备', '单价100万元以上的设备', '100万元以上设备', '单价100万元(含)以上的设备'],
      counts: [{ unit: '台（套）', keywords: [], fact: assets.equipment }],
    });
  }

  // 十三 预算绩效
  const perf = p.performance;
  if (perf) {
    const year = p.year;
    // 编报绩效目标的 2024 年度项目 N 个: a stage of whole-process management, named with its year.
    const projectsOf = (stage: string) => [`${stage}的${year}年度项目`, `${stage}的${year}年项目`, `${stage}的项目`];
    b.add({
      id: 'performance', label: '绩效自评项目', sections: ['performance'],
      // Generic words (项目, 绩效自评) would steal the subject from a named project: the section default covers them.
      names: ['涵盖项目', '开展绩效自评的项目', ...projectsOf('绩效自评')],
      counts: [
        { unit: '个', keywords: [], fact: perf.count },
        { unit: '项', keywords: [], fact: perf.count },
        ...perf.allGrades.flatMap((g) => (['个', '项'] as const).map((unit) => ({ unit, keywords: [g.grade], fact: g.count, grade: g.grade }))),
      ],
      score: perf.averageScore,
    });
    b.add({
      id: 'performance.budget', label: '绩效自评项目预算资金', sections: ['performance'],
      names: ['预算资金', '涉及预算资金', '涉及预算金额', '预算金额', '涉及资金'],
      // 编报绩效目标的项目 1 个，涉及预算金额 X: the amount of the stage just named.
      attribute: true,
      amount: perf.budget, shares: perf.budgetShare ? [{ wholeTopic: 'performance.project-spending-total', fact: perf.budgetShare.rate }] : [],
    });
    const stages = perf.stages;
    for (const [id, stageName, stage] of [['targets', '编报绩效目标', stages?.targets], ['tracking', '绩效跟踪评价', stages?.tracking]] as const) {
      if (!stage) continue;
      b.add({
        id: `performance.${id}`, label: `${stageName}的项目`, sections: ['performance'],
        names: [...projectsOf(stageName), `${stageName}项目`],
        amount: stage.budget, counts: [{ unit: '个', keywords: [], fact: stage.count }, { unit: '项', keywords: [], fact: stage.count }],
      });
    }
    if (stages) {
      const problems = stages.problems;
      b.add({ id: 'performance.problems', label: '绩效自评中发现的问题', sections: ['performance'], names: ['共发现问题', '发现问题'], counts: [{ unit: '个', keywords: [], fact: problems.found }] });
      b.add({ id: 'performance.problems.rectified', label: '已经完成整改的问题', sections: ['performance'], names: ['已经完成整改的', '已完成整改的', '完成整改的', '已整改的'], counts: [{ unit: '个', keywords: [], fact: problems.rectified }] });
      b.add({ id: 'performance.problems.rectifying', label: '正在整改的问题', sections: ['performance'], names: ['正在整改的'], counts: [{ unit: '个', keywords: [], fact: problems.rectifying }] });
    }
    if (perf.budgetShare) {
      b.add({
        id: 'performance.project-spending-total', label: `部门${perf.scope}支出总额`, sections: ['performance'],
        names: [`${perf.scope}支出总额`, '预算项目支出总额', '项目支出总额'], amount: perf.budgetShare.whole,
      });
    }
    perf.projects.forEach((pr, i) => {
      const bare = pr.name.replace(/项目$/u, '');
      b.add({
        id: `performance.project.${i + 1}`, label: pr.name, sections: ['performance'],
        names: [pr.name, `${bare}项目`, bare],
        amount: pr.executed, completions: { 'full-year': pr.rate }, score: pr.score,
      });
    });
  }

  // Sections the data file leaves out: their names, with nothing to verify against.
  const absent: Array<[present: unknown, section: SectionKind, label: string, names: string[]]> = [
    [office, 'office', '机关运行经费', ['机关运行经费', '机构运行经费', '机关运行经费支出']],
    [pr, 'procurement', '政府采购', ['政府采购支出总额', '政府采购支出', '政府采购金额', '政府采购总额', '政府采购合同金额', '政府采购货物支出', '政府采购工程支出', '政府采购服务支出', '货物采购', '工程采购', '服务采购', '授予中小企业合同金额', '授予小微企业合同金额', ...reservedNames('中小企业'), ...reservedNames('小微企业')]],
    [assets, 'assets', '国有资产', ['共有车辆', '车辆总数', '单价100万元(含)以上设备(不含车辆)', '单价100万元(含)以上设备', '单价100万元以上设备']],
    [perf, 'performance', '预算绩效', ['涵盖项目', '开展绩效自评的项目', '涉及预算资金', '涉及预算金额', '平均得分']],
  ];
  for (const [present, section, label, names] of absent) {
    if (!present) b.add({ id: `absent.${section}`, label, sections: [section], names, absentFrom: label });
  }

  const byName = new Map<string, string[]>();
  for (const t of b.topics.values()) {
    for (const n of t.names) byName.set(n, [...(byName.get(n) ?? []), t.id]);
  }
  return {
    topics: b.topics,
    byName,
    names: [...byName.keys()].sort((x, y) => y.length - x.length),
    sectionDefault: {
      overall: 'grand-total', income: 'income.total', expenditure: 'expenditure.total', fiscal: 'fiscal.grand-total',
      gpb: 'gpb.total', basic: 'basic.total', govFund: 'gov-fund.spending', soe: 'soe.spending', sanGong: 'san-gong',
      office: office ? 'office-operation' : 'absent.office',
      procurement: pr ? 'procurement.total' : 'absent.procurement',
      assets: assets ? 'assets.vehicles' : 'absent.assets',
      performance: perf ? 'performance' : 'absent.performance',
    },
    part3: p,
    subjects: catalog.subjects.map((x) => ({ ...x, name: matchKey(x.name) })),
  };
}

/** Per-项 topics, named by their full 类款项 path, by 款 + 项, by 项 alone and by code. */
function addItems(b: TopicBuilder, scope: string, items: ItemCompletion[], sections: SectionKind[]): void {
  for (const item of items) {
    const cls = item.className;
    const bareClass = cls.replace(/支出$/u, '');
    const names = [
      `${cls}(类)${item.kuanName}(款)${item.itemName}(项)`,
      `${bareClass}(类)${item.kuanName}(款)${item.itemName}(项)`,
      `${cls}${item.kuanName}${item.itemName}`,
      `${item.kuanName}(款)${item.itemName}(项)`,
      `${item.itemName}(项)`,
      item.itemName,
      item.code,
      `${item.code}${item.itemName}`,
      `${item.code}-${item.itemName}`,
    ];
    b.add({
      id: `${scope}.item.${item.code}`, label: `${item.itemName}（${item.code}）`, sections, names,
      amount: item.completion.actual, completions: withFullYear(item.completion, item.fullYear),
    });
  }
}

/** A budget scope's or 项's completions: the opening one, and the full-year one where the data has it. */
function withFullYear(opening: Completion, fullYear: Completion | undefined): Topic['completions'] {
  return fullYear ? { opening, 'full-year': fullYear } : { opening };
}

/** 面向中小企业预留政府采购项目预算金额, with the 的 and the nouns writers drop. */
function reservedNames(who: string): string[] {
  return ['政府采购项目预算金额', '的政府采购项目预算金额', '政府采购项目预算', '项目预算金额', '的预算金额', '预算金额', ''].map((tail) => `面向${who}预留${tail}`);
}

/** 面向中小企业预留的政府采购项目中: where an award is said to be made. */
function reservedProjects(who: string): string[] {
  return ['的政府采购项目中', '政府采购项目中', '的项目中', '项目中'].map((tail) => `面向${who}预留${tail}`);
}

/** …项目中，由中小企业供应商中标或成交的: the projects and the winner, one name across the comma. */
function awardedNames(projects: readonly string[], who: string): string[] {
  const winners = [`由${who}供应商中标或成交`, `由${who}中标或成交`, `${who}供应商中标或成交`, `由${who}供应商中标(成交)`, `${who}中标或成交`];
  return projects.flatMap((where) => ['，', ',', ''].flatMap((joint) => winners.map((winner) => `${where}${joint}${winner}`)));
}
