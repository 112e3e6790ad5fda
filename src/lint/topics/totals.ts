/** 一 to 四: 收支总计, 收入, 支出, 财政拨款收支总计 (公开01–04表). */
import type { Part3Facts } from '../../facts/catalog.js';
import { classVariants } from './names.js';
import type { SectionDefaults, TopicBuilder } from './model.js';

export function addTotalsTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  // 一 / 公开01表
  b.add({
    id: 'grand-total', label: '收支总计', sections: ['overall', 'income', 'expenditure'],
    names: ['收支总计', '收、支总计', '收入支出总计', '收支决算总计', '收、支决算总计', '收入支出决算总计', '收入总计', '支出总计', '收入和支出总计', '收支总额', '总收入', '总支出', '收入总额', '支出总额',
      // 收入支出总体与上年相比，增加 554.75 万元 (XJ-WLMQ23)
      '收入支出总体', '收支总体'],
    amount: p.overall.grandTotal.current, changes: { 'previous-year': p.overall.grandTotal },
  });
  b.add({ id: 'income.non-fiscal-surplus-used', label: '使用非财政拨款结余', sections: ['overall', 'income'], names: ['使用非财政拨款结余', '使用非财政拨款结余和专用结余'], amount: p.overall.nonFiscalSurplusUsed });
  b.add({ id: 'income.opening-balance', label: '年初结转和结余', sections: ['overall', 'income'], names: ['年初结转和结余', '上年结转和结余', '上年结转结余'], amount: p.overall.openingBalance });
  b.add({ id: 'expenditure.surplus-distribution', label: '结余分配', sections: ['overall', 'expenditure'], names: ['结余分配'], amount: p.overall.surplusDistribution });
  b.add({ id: 'expenditure.closing-balance', label: '年末结转和结余', sections: ['overall', 'expenditure'], names: ['年末结转和结余', '年末结转结余'], amount: p.overall.closingBalance, changes: { 'opening-balance': p.overall.balanceChange } });

  // 二 收入
  b.add({
    id: 'income.total', label: '本年收入合计', sections: ['income', 'overall'],
    names: ['本年收入合计', '收入合计', '本年收入', '本年收入决算'],
    amount: p.income.total, changes: { 'previous-year': p.income.totalChange }, parts: p.income.sources.map((s) => `income.${s.id}`),
  });
  for (const s of p.income.sources) {
    b.add({
      id: `income.${s.id}`, label: s.name, sections: ['income'],
      names: [s.name],
      amount: s.share.part, shares: [{ wholeTopic: 'income.total', fact: s.share.rate, change: s.shareChange, previous: s.sharePrevious }], changes: { 'previous-year': s.change },
    });
  }

  for (const a of p.income.appropriations) {
    b.add({
      id: `income.${a.id}`, label: a.name, sections: ['income', 'overall', 'fiscal'], names: [a.name],
      amount: a.share.part, shares: [{ wholeTopic: 'income.total', fact: a.share.rate, change: a.shareChange, previous: a.sharePrevious }],
      changes: a.change ? { 'previous-year': a.change } : {},
    });
  }

  // 三 支出
  b.add({
    id: 'expenditure.total', label: '本年支出合计', sections: ['expenditure', 'overall'],
    names: ['本年支出合计', '支出合计', '本年支出', '本年支出决算'],
    amount: p.expenditure.total, changes: { 'previous-year': p.expenditure.totalChange }, parts: p.expenditure.kinds.map((k) => `expenditure.${k.id}`),
  });
  for (const k of p.expenditure.kinds) {
    b.add({
      id: `expenditure.${k.id}`, label: k.name, sections: ['expenditure'], names: [k.name],
      amount: k.share.part, shares: [{ wholeTopic: 'expenditure.total', fact: k.share.rate, change: k.shareChange, previous: k.sharePrevious }], changes: { 'previous-year': k.change },
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
    // 公开04表's 收入总计 and 支出总计 are one figure (its identity): either side's name is the total's.
    names: [
      '财政拨款收支总计', '财政拨款收、支总计', '财政拨款收入支出总计', '财政拨款收入支出决算总计', '财政拨款收支决算总计', '财政拨款收入和支出总计',
      '财政拨款收入总计', '财政拨款支出总计', '财政拨款收入决算总计', '财政拨款支出决算总计', '财政拨款收入支出总体', '财政拨款收支总体',
    ],
    // 公开04表's own rows 收入总计, 支出总计: in 四, the section about 04, its total — not 公开01表's 收支总计.
    localNames: ['收入总计', '支出总计'],
    amount: p.fiscal.grandTotal.current, changes: { 'previous-year': p.fiscal.grandTotal },
  });
  // Its lines, by names with no scope in front (and 财政拨款支出, which in 四 is its 本年支出合计: elsewhere a writer may mean a scope's) (政府性基金预算财政拨款年初结转和结余 is 公开07表's), and by 04's own
  // row labels, which 公开01表 and 07表 share: in 四, the section about 04, they are 04's (and nowhere else). 总计 = 本年收入合计 + 年初财政拨款结转和结余 = 本年支出合计 + 年末财政拨款结转和结余.
  b.add({ id: 'fiscal.current-income', label: '本年财政拨款收入', sections: ['fiscal'], names: ['本年财政拨款收入', '本年财政拨款收入合计'], localNames: ['本年收入合计', '本年收入'], amount: p.fiscal.currentIncome });
  b.add({ id: 'fiscal.opening-balance', label: '年初财政拨款结转和结余', sections: ['fiscal'], names: ['年初财政拨款结转和结余', '年初财政拨款结转结余'], localNames: ['年初结转和结余'], amount: p.fiscal.openingBalance });
  b.add({ id: 'fiscal.current-spending', label: '本年财政拨款支出', sections: ['fiscal'], names: ['本年财政拨款支出', '本年财政拨款支出合计'], localNames: ['本年支出合计', '本年支出', '财政拨款支出'], amount: p.fiscal.currentSpending });
  b.add({ id: 'fiscal.closing-balance', label: '年末财政拨款结转和结余', sections: ['fiscal'], names: ['年末财政拨款结转和结余', '年末财政拨款结转结余'], localNames: ['年末结转和结余'], amount: p.fiscal.closingBalance });

  // 财政拨款收支总计 X，其中一般公共预算财政拨款 Y (or 一般公共预算财政拨款收、支总计各 Y): the scope's column of 公开04表 — or, as writers also mean, the scope's
  // 本年收入 or 本年支出 alone, which are the same figure only where the scope carries nothing over.
  const alsoMeant = { gpb: ['income.gpbAppropriation', 'gpb.total'], govFund: ['income.govFundAppropriation', 'gov-fund.spending'], soe: ['income.soeAppropriation', 'soe.spending'] };
  for (const { scope, name, total, opening } of p.fiscal.byScope) {
    b.add({ id: `fiscal.grand-total.${scope}`, label: name, sections: ['fiscal'], names: ['收支总计', '收、支总计', '收入支出总计'].map((t) => name.replace('收支总计', t)), amount: total, alsoMeant: alsoMeant[scope] });
    // 年初一般公共预算财政拨款结转和结余: 公开04表's line of the scope (the scope's name inside it is no scope alone).
    b.add({ id: `fiscal.opening-balance.${scope}`, label: opening.label, sections: ['fiscal'], names: [opening.label, opening.label.replace('结转和结余', '结转结余')], amount: opening });
  }

  return { overall: 'grand-total', income: 'income.total', expenditure: 'expenditure.total', fiscal: 'fiscal.grand-total' };
}
