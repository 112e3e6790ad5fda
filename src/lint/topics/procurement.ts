/** 十一: 政府采购, in the older wording (授予中小企业合同金额) and the current one (面向中小企业预留…). */
import type { Part3Facts } from '../../facts/catalog.js';
import { absentSection, type SectionDefaults, type TopicBuilder } from './model.js';

const TOTAL_NAMES: readonly string[] = ['政府采购支出总额', '政府采购支出', '政府采购金额', '政府采购总额', '采购支出总额', '政府采购合同金额', '政府采购总支出'];
const KINDS = [['goods', '货物'], ['works', '工程'], ['services', '服务']] as const;
const SME_NAMES: readonly [string, ...string[]] = ['授予中小企业合同金额', '授予中小企业合同总金额', '授予中小企业的合同金额', '中小企业合同金额', '授予中小企业', '授予中小微企业合同金额', '授予中小微企业'];
const SMALL_MICRO_NAMES: readonly [string, ...string[]] = ['授予小微企业合同金额', '授予小微企业的合同金额', '小微企业合同金额', '授予小微企业'];

export function addProcurementTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  const pr = p.procurement;
  if (!pr) {
    return absentSection(b, 'procurement', '政府采购', [
      ...TOTAL_NAMES, ...KINDS.flatMap(([, kind]) => [`政府采购${kind}支出`, `${kind}采购`]), SME_NAMES[0], SMALL_MICRO_NAMES[0],
      ...reservedNames('中小企业'), ...reservedNames('小微企业'),
    ]);
  }
  b.add({
    id: 'procurement.total', label: '政府采购支出总额', sections: ['procurement'],
    names: TOTAL_NAMES,
    amount: pr.total, parts: ['procurement.goods', 'procurement.works', 'procurement.services'],
    within: ['procurement.reserved-sme.awarded', 'procurement.other.sme-awarded'],
  });
  for (const [id, kind] of KINDS) {
    b.add({
      id: `procurement.${id}`, label: `政府采购${kind}支出`, sections: ['procurement'],
      names: [`政府采购${kind}支出`, `政府采购${kind}`, `${kind}采购金额`, `${kind}采购支出`, `${kind}采购`, `${kind}支出金额`, `${kind}支出`, `${kind}类`],
      // 其中：货物 85.40 万元、工程 410.00 万元: the bare word is the kind only where 政府采购 is the matter.
      localNames: [kind],
      amount: pr[id], shares: [{ wholeTopic: 'procurement.total', fact: pr.kindShares[id].rate }],
    });
  }
  b.add({
    id: 'procurement.sme', label: '授予中小企业合同金额', sections: ['procurement'],
    names: SME_NAMES,
    amount: pr.sme.part, shares: [{ wholeTopic: 'procurement.total', fact: pr.sme.rate }], supersetOf: 'procurement.small-micro',
  });
  b.add({
    id: 'procurement.small-micro', label: '授予小微企业合同金额', sections: ['procurement'],
    names: SMALL_MICRO_NAMES,
    amount: pr.smallMicro.part, subsetOf: 'procurement.sme',
    shares: [{ wholeTopic: 'procurement.total', fact: pr.smallMicro.rate }, { wholeTopic: 'procurement.sme', fact: pr.smallMicroOfSme.rate }],
  });
  // The reserved-share wording of the current national rules (财库〔2020〕46号 and after).
  const reserved = pr.reserved;
  b.add({ id: 'procurement.reserved-sme', label: '面向中小企业预留政府采购项目预算金额', sections: ['procurement'], names: reservedNames('中小企业'), amount: reserved.sme, supersetOf: 'procurement.reserved-small-micro' });
  b.add({ id: 'procurement.reserved-small-micro', label: '面向小微企业预留政府采购项目预算金额', sections: ['procurement'], names: reservedNames('小微企业'), amount: reserved.smallMicro, subsetOf: 'procurement.reserved-sme' });
  b.add({ id: 'procurement.reserved-sme.awarded', label: '中小企业预留项目中由中小企业中标成交的金额', sections: ['procurement'], names: awardedNames(reservedProjects('中小企业'), '中小企业'), amount: reserved.smeAwarded });
  b.add({ id: 'procurement.reserved-small-micro.awarded', label: '小微企业预留项目中由小微企业中标成交的金额', sections: ['procurement'], names: awardedNames(reservedProjects('小微企业'), '小微企业'), amount: reserved.smallMicroAwarded });
  b.add({ id: 'procurement.other.sme-awarded', label: '其他项目中由中小企业中标成交的金额', sections: ['procurement'], names: awardedNames(['其他政府采购项目中', '其他采购项目中', '其他项目中'], '中小企业'), amount: reserved.otherSmeAwarded });
  for (const k of pr.kindSme) {
    const id = KINDS.find(([, kind]) => kind === k.kind)![0];
    b.add({
      id: `procurement.${id}-sme`, label: `${k.kind}采购授予中小企业合同金额`, sections: ['procurement'],
      names: [`${k.kind}采购授予中小企业合同金额`, `${k.kind}采购授予中小企业`, `${k.kind}授予中小企业合同金额`],
      amount: k.share.part, shares: [{ wholeTopic: `procurement.${id}`, fact: k.share.rate }],
    });
  }
  return { procurement: 'procurement.total' };
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
