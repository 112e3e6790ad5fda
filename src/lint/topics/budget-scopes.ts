/** 五 to 八: the budget scopes (一般公共预算, 基本支出, 政府性基金, 国有资本经营) and their 项. */
import { FactRegistry, type Completion } from '../../facts/fact.js';
import type { ItemCompletion, Part3Facts } from '../../facts/catalog.js';
import { classVariants } from './names.js';
import { matchKey, type SectionDefaults, type SectionKind, type Topic, type TopicBuilder } from './model.js';

export function addBudgetScopeTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  // 五 一般公共预算财政拨款支出
  const gpb = p.gpb;
  b.add({
    id: 'gpb.total', label: '一般公共预算财政拨款支出', sections: ['gpb'],
    names: ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出决算', '一般公共预算支出', '一般公共预算财政拨款'],
    amount: gpb.total, shares: [{ wholeTopic: 'expenditure.total', fact: gpb.shareOfExpenditure.rate, change: gpb.shareOfExpenditureChange, previous: gpb.shareOfExpenditurePrevious }],
    changes: { 'previous-year': gpb.change }, completions: withFullYear(gpb.completion, gpb.fullYearCompletion),
    parts: gpb.classes.map((c) => `gpb.class.${c.code}`),
  });
  for (const c of gpb.classes) {
    b.add({
      id: `gpb.class.${c.code}`, label: `${c.name}（类）`, sections: ['gpb'], names: classVariants(c.name),
      amount: c.share.part, shares: [{ wholeTopic: 'gpb.total', fact: c.share.rate }], completions: withFullYear(c.completion, c.fullYear),
    });
  }
  addItems(b, 'gpb', gpb.items, ['gpb'], 'gpb.total');
  addKuans(b, gpb.kuans);

  // 六 基本支出
  b.add({
    id: 'basic.total', label: '一般公共预算财政拨款基本支出', sections: ['basic'],
    names: ['一般公共预算财政拨款基本支出', '一般公共预算财政拨款基本支出决算', '一般公共预算基本支出', '基本支出'],
    amount: p.basic.total, parts: ['basic.personnel', 'basic.public-funds'], partsRequired: true,
    shares: [{ wholeTopic: 'gpb.total', fact: gpb.basicShare.rate }],
  });
  // Named with its scope only (一般公共预算财政拨款项目支出; 项目支出 alone is 公开03表's), or carried by the scope named before it.
  b.add({
    id: 'gpb.project', label: '一般公共预算财政拨款项目支出', sections: ['gpb'],
    names: ['一般公共预算财政拨款项目支出', '一般公共预算财政拨款项目支出决算', '一般公共预算项目支出'],
    amount: gpb.project.part, shares: [{ wholeTopic: 'gpb.total', fact: gpb.project.rate }],
  });
  b.add({
    id: 'basic.personnel', label: '人员经费', sections: ['basic'], names: ['人员经费'],
    amount: p.basic.personnel.amount, shares: [{ wholeTopic: 'basic.total', fact: p.basic.personnel.share.rate }],
  });
  b.add({
    id: 'basic.public-funds', label: '公用经费', sections: ['basic'], names: ['公用经费'],
    amount: p.basic.publicFunds.amount, shares: [{ wholeTopic: 'basic.total', fact: p.basic.publicFunds.share.rate }],
  });
  addEconomicRows(b, p.basic.rows, p.basic.total);

  // 七 政府性基金
  const gf = p.govFund;
  // Named with the scope (政府性基金年末结转和结余), these are 公开07表's lines in any section, never 公开01表's.
  // A department with no 政府性基金 (公开07表 本表无数据, or all 0): the bare 年初/年末结转和结余 outside 七 cannot mean the
  // fund's, whose balance is none — no reading to leave the department's 01 line a guess against (blind 14L §4a).
  const bareNames = (...bare: string[]) => (gf.empty ? { names: [] as string[], localNames: bare } : { names: bare });
  const opening = bareNames('年初结转和结余', '上年结转和结余');
  b.add({ id: 'gov-fund.opening-balance', label: '政府性基金年初结转和结余', sections: ['govFund'], names: [...opening.names, ...govFundScoped('年初结转和结余')], ...(opening.localNames ? { localNames: opening.localNames } : {}), amount: gf.openingBalance });
  // The scope alone (其中一般公共预算财政拨款 X，政府性基金预算财政拨款 Y) names no flow: its income or its spending, a guess between the two.
  // Last year's: 公开01表's line of the scope (上年决算 › 收入 › 政府性基金预算财政拨款收入), the same income (blind 12L: a two-year table in 四).
  const incomeChange = p.income.appropriations.find((a) => a.id === 'govFundAppropriation')?.change;
  b.add({
    id: 'gov-fund.income', label: '政府性基金本年收入', sections: ['govFund'], names: ['本年收入', '政府性基金预算财政拨款收入', '政府性基金预算财政拨款'], amount: gf.income,
    changes: incomeChange ? { 'previous-year': incomeChange } : {},
  });
  b.add({
    id: 'gov-fund.spending', label: '政府性基金本年支出', sections: ['govFund'], names: ['本年支出', '政府性基金预算财政拨款支出', '政府性基金预算支出', '政府性基金预算财政拨款'],
    amount: gf.spending, completions: withFullYear(gf.completion, gf.fullYearCompletion),
    changes: gf.change ? { 'previous-year': gf.change } : {},
  });
  const closing = bareNames('年末结转和结余');
  b.add({ id: 'gov-fund.closing-balance', label: '政府性基金年末结转和结余', sections: ['govFund'], names: [...closing.names, ...govFundScoped('年末结转和结余')], ...(closing.localNames ? { localNames: closing.localNames } : {}), amount: gf.closingBalance });
  addItems(b, 'gov-fund', gf.items, ['govFund'], 'gov-fund.spending');

  // 八 国有资本经营
  b.add({
    id: 'soe.spending', label: '国有资本经营预算财政拨款支出', sections: ['soe'], names: ['国有资本经营预算财政拨款支出', '国有资本经营预算支出'],
    amount: p.soe.spending, completions: withFullYear(p.soe.completion, p.soe.fullYearCompletion),
  });
  addItems(b, 'soe', p.soe.items, ['soe'], 'soe.spending');

  return { gpb: 'gpb.total', basic: 'basic.total', govFund: 'gov-fund.spending', soe: 'soe.spending' };
}

/**
 * 公开06表's rows (住房公积金 30113, 公务用车运行维护费 30231): their names are other facts' too (a 项 of
 * 221, the “三公” line), so a row is meant only where the words qualify it — 人员经费中的住房公积金,
 * 公用经费 X，其中公务用车运行维护费 Y, 工资福利支出…其中 — never by its name alone.
 */
function addEconomicRows(b: TopicBuilder, rows: Part3Facts['basic']['rows'], basicTotal: Part3Facts['basic']['total']): void {
  const under = (code: string) => rows.filter((r) => r.code.length === 5 && r.code.startsWith(code)).map((r) => `basic.econ.${r.code}`);
  // 工资福利支出 X，占基本支出的 P% (blind 14L §5.1): a class's share of 基本支出 — a fact where 基本支出 is named,
  // the likely reading where no whole is (占 P% may be of 人员经费).
  const registry = new FactRegistry();
  const classShare = (row: (typeof rows)[number]) => basicTotal.value === undefined || basicTotal.value.isZero() ? [] : [{
    wholeTopic: 'basic.total', reading: true as const,
    fact: registry.share(`share:basic.econ.${row.code}/basic.total`, `${row.name}占基本支出的比重`, row.amount, basicTotal).rate,
  }];
  for (const of of ['personnel', 'public-funds'] as const) {
    b.topics.get(`basic.${of}`)!.qualifies = rows.filter((r) => r.of === of && r.code.length === 3).map((r) => `basic.econ.${r.code}`);
  }
  for (const row of rows) {
    b.add({
      id: `basic.econ.${row.code}`, label: `${row.name}（${row.code}）`, sections: ['basic'], names: [row.name, `${row.code}${row.name}`],
      amount: row.amount, qualifiedOnly: true, ...(row.code.length === 3 ? { qualifies: under(row.code), shares: classShare(row) } : {}),
    });
  }
}

/** 公开07表's line named with its scope, as prose writes it (政府性基金年末结转和结余, 政府性基金预算财政拨款年末结转和结余). */
function govFundScoped(line: string): string[] {
  return ['政府性基金', '政府性基金预算', '政府性基金预算财政拨款'].map((scope) => `${scope}${line}`);
}

/** Per-项 topics, named by their full 类款项 path, by 款 + 项, by 项 alone and by code. */
function addItems(b: TopicBuilder, scope: string, items: ItemCompletion[], sections: SectionKind[], total: string): void {
  // 占一般公共预算财政拨款支出的 35.2% after a 项: the scope's total named, the share a fact (blind 14L §4b).
  const namedWholes = [total];
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
      amount: item.completion.actual, completions: withFullYear(item.completion, item.fullYear), namedWholes,
    });
  }
}

/**
 * 公开05表's 款 (行政事业单位医疗（款）, 抚恤支出): named by its 类 and 款, by 款 alone and by code. A 款 name is matched
 * whole, so a 项 whose name only ends it (事业单位医疗 in 行政事业单位医疗) is never meant (blind 13L: its figure was
 * --fixed to the 项's). A bare name another topic holds already (其他支出) stays that topic's.
 */
function addKuans(b: TopicBuilder, kuans: Part3Facts['gpb']['kuans']): void {
  const taken = new Set<string>();
  for (const t of b.topics.values()) for (const n of t.names) taken.add(n);
  for (const k of kuans) {
    const cls = k.className;
    const bareClass = cls.replace(/支出$/u, '');
    const bare = [k.name, ...(k.name.endsWith('支出') ? [] : [`${k.name}支出`])].filter((n) => !taken.has(matchKey(n)));
    const names = [
      `${cls}(类)${k.name}(款)`, `${bareClass}(类)${k.name}(款)`, `${cls}${k.name}`, `${k.name}(款)`, `${k.name}(款)支出`,
      ...bare, k.code, `${k.code}${k.name}`, `${k.code}-${k.name}`,
    ];
    b.add({
      id: `gpb.kuan.${k.code}`, label: `${k.name}（${k.code}）`, sections: ['gpb'], names,
      amount: k.share.part, shares: [{ wholeTopic: 'gpb.total', fact: k.share.rate }], completions: withFullYear(k.completion, k.fullYear),
    });
  }
}

/** A budget scope's or 项's completions: the opening one, and the full-year one where the data has it. */
function withFullYear(opening: Completion, fullYear: Completion | undefined): Topic['completions'] {
  return fullYear ? { opening, 'full-year': fullYear } : { opening };
}
