/**
 * The fact catalog computes every derived figure of Part 3 exactly, from the data.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { seedAccounts, seedWith } from '../helpers.js';

const seed = buildFactCatalog(seedAccounts());
const value = (id: string) => {
  const fact = seed.facts.get(id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact.value?.toDecimalPlaces(2).toString();
};

describe('fact catalog of the seed', () => {
  it('changes against the previous year: amount, rate and direction', () => {
    expect(value('grand-total.change')).toBe('-353.84');
    expect(value('grand-total.change-rate')).toBe('-7.54');
    expect(seed.part3.overall.grandTotal.direction).toBe('down');
    expect(value('expenditure.basic.change-rate')).toBe('-7.83');
    expect(value('gpb.total.change-rate')).toBe('-9.9');
  });

  it('shares of a whole', () => {
    expect(value('expenditure.basic.share')).toBe('72.66');
    expect(value('gpb.total.share')).toBe('97.03');
    expect(value('gpb.class.208.share')).toBe('15.8');
    expect(value('income.fiscal.share')).toBe('100');
  });

  it('completion against the opening budget, with the comparison word', () => {
    expect(value('gpb.completion')).toBe('87.88');
    expect(value('gpb.item.2010301.completion')).toBe('103.58');
    expect(seed.part3.gpb.items[0]!.completion.comparison).toBe('greater');
    expect(seed.part3.gpb.items[1]!.completion.comparison).toBe('less');
    expect(value('gov-fund.item.2120899.completion')).toBe('46.11');
  });

  it('completion against the full-year budget (三公)', () => {
    expect(value('san-gong.total.completion')).toBe('100');
    expect(seed.part3.sanGong.total.comparison).toBe('equal');
  });

  it('机关运行经费 against its opening budget', () => {
    expect(value('office-operation.vs-budget.change')).toBe('-25.6');
    expect(value('office-operation.vs-budget.change-rate')).toBe('-6.34');
  });

  it('procurement shares, including the seed\'s contradiction 小微 > 中小', () => {
    expect(value('procurement.sme.share')).toBe('0');
    expect(value('procurement.small-micro.share')).toBe('100');
    expect(value('procurement.goods-sme.share')).toBe('0');
  });

  it('performance: sums, shares, execution rates and counts', () => {
    expect(value('performance.budget')).toBe('2003.7');
    expect(value('performance.budget.share')).toBe('100');
    expect(value('performance.project.1.execution-rate')).toBe('57.99');
    expect(value('performance.project.3.execution-rate')).toBe('84.39');
    expect(value('performance.grade.优')).toBe('3');
  });

  it('every fact has a unique stable id and names it goes by', () => {
    for (const [id, fact] of seed.facts) {
      expect(fact.id).toBe(id);
      expect(fact.names.length).toBeGreaterThan(0);
    }
  });
});

describe('undefined figures', () => {
  it('a rate over a zero base has no value and says why', () => {
    const rate = seed.facts.get('income.higherSubsidy.change-rate')!;
    expect(rate.value).toBeUndefined();
    expect(rate.undefinedReason).toBe('zero-base');
    expect(seed.part3.income.sources[1]!.change.direction).toBe('flat');
  });

  it('a change whose previous-year figure is missing names the missing input', () => {
    const catalog = buildFactCatalog(seedWith('    基本支出: 3,421.41\n', ''));
    const change = catalog.facts.get('expenditure.basic.change')!;
    expect(change.value).toBeUndefined();
    expect(change.undefinedReason).toBe('missing-input');
    expect(change.missing).toBe('2023 年度基本支出决算数');
  });
});

describe('interval bounds of derived facts', () => {
  it('a change of two 2-decimal amounts may be off by 0.01', () => {
    const change = seed.facts.get('grand-total.change')!;
    expect(change.bounds!.lo.toString()).toBe('-353.85');
    expect(change.bounds!.hi.toString()).toBe('-353.83');
  });

  it('a ratio\'s bounds contain its value', () => {
    const rate = seed.facts.get('gpb.item.2010301.completion')!;
    expect(rate.bounds!.lo.lte(rate.value!)).toBe(true);
    expect(rate.bounds!.hi.gte(rate.value!)).toBe(true);
    expect(rate.bounds!.hi.minus(rate.bounds!.lo).toNumber()).toBeLessThan(0.002); // ≈ 103.58 × (0.005/1861.14 + 0.005/1796.83) × 2
  });
});
