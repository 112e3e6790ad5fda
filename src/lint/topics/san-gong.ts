/** 九: 财政拨款“三公”经费 (公开09表 and the counts beside it). */
import type { Part3Facts } from '../../facts/catalog.js';
import type { Completion, Fact } from '../../facts/fact.js';
import { quoteVariants } from './names.js';
import type { CountSlot, SectionDefaults, TopicBuilder } from './model.js';

export function addSanGongTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
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
    ...withBudget(sg.total, 'total'), parts: ['san-gong.abroad', 'san-gong.vehicles', 'san-gong.reception'], partsRequired: true,
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
    ...withBudget(sg.vehicles, 'vehicles'), parts: ['san-gong.vehicle-purchase', 'san-gong.vehicle-operation'], partsRequired: true,
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
    // 运行维护费 X，主要用于 3 辆执法车辆的燃料费 (blind 14L): the vehicles the upkeep paid for — most likely those held,
    // never the ones bought (a fix wrote the purchase count, 0 辆); a reading, not pinned.
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.held, reading: true }],
  });
  b.add({
    id: 'san-gong.vehicles.purchased', label: '购置公务用车', sections: ['sanGong'],
    names: ['购置公务用车', '购置车辆', '购置公务用车数量', '新购公务用车'],
    // 公务用车保有量 11 辆，购置 0 辆 (blind 20L B): 购置 opening its clause names the vehicles bought, not the stock before it.
    localNames: ['购置'],
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.purchased }],
  });
  b.add({
    id: 'san-gong.vehicles.held', label: '公务用车保有量', sections: ['sanGong'],
    // 年末保有公务用车 3 辆 (blind 13L e.md P06): the stock held at the year's end.
    names: ['公务用车保有量', '保有量', '公务用车保有', '保有公务用车', '公务用车年末保有量', '年末公务用车保有量'],
    counts: [{ unit: '辆', keywords: [], fact: sg.vehicles.held }],
  });
  b.add({
    id: 'san-gong.reception', label: '公务接待费', sections: ['sanGong'],
    names: ['公务接待费', '公务接待支出', '公务接待费用', '公务接待经费', '公务接待'], ...withBudget(sg.reception, 'reception'),
    shares: [{ wholeTopic: 'san-gong', fact: sg.itemShares.reception.rate }],
    parts: ['san-gong.reception.domestic', 'san-gong.reception.abroad'],
    // 公务接待 27 批次，621 人次 (HLX18): domestic and abroad together.
    counts: receptionCounts(sg.reception.batches, sg.reception.persons),
  });
  const d = sg.reception.domestic;
  b.add({
    id: 'san-gong.reception.domestic', label: '国内公务接待', sections: ['sanGong'],
    // 共接待国内来访团组 4 批次、38 人次, 接待国内公务来访 15 批 (上海, 河北): the visitors received are the domestic receptions;
    // so are 接待国内公务 16 批次 (接待 + 国内公务, in a sentence of its own: blind 13L).
    names: ['国内接待费', '国内公务接待费', '国内公务接待支出', '国内公务接待', '国内接待', '国内来访团组', '国内公务来访团组', '国内公务来访', '国内来访', '接待国内公务'],
    amount: d.amount,
    counts: [...receptionCounts(d.batches, d.persons), { unit: '个', keywords: [], fact: d.batches }],
  });
  b.add({
    id: 'san-gong.reception.foreign-affairs', label: '外事接待', sections: ['sanGong'],
    names: ['外事接待', '外宾接待', '接待外宾', '外宾公务接待费', '外事公务接待费', '外宾公务接待', '外事公务接待'],
    amount: d.foreignAffairsAmount,
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
    counts: receptionCounts(a.batches, a.persons),
  });

  return { sanGong: 'san-gong' };
}

/** A reception's counts: 27 批次 (次), 621 人次 (人). */
function receptionCounts(batches: Fact, persons: Fact): CountSlot[] {
  return [
    { unit: '批次', keywords: [], fact: batches }, { unit: '次', keywords: [], fact: batches },
    { unit: '人次', keywords: [], fact: persons }, { unit: '人', keywords: [], fact: persons },
  ];
}
