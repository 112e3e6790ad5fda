/** 十二: 国有资产占用 (vehicles by use, equipment over 1 million). */
import type { Part3Facts } from '../../facts/catalog.js';
import { absentSection, type SectionDefaults, type TopicBuilder } from './model.js';

const VEHICLE_NAMES = ['共有车辆', '车辆总数'];
/**
 * 单价100万元（含）以上设备, and as the template's line writes it: 单价在100万元（含）以上的专用设备 (blind 13L d.md P09) — the
 * data's one count of equipment over 1 million (the template counts 专用设备 at 100 万元, 通用设备 at 50 万元).
 */
const EQUIPMENT_NAMES = [
  '单价100万元(含)以上设备(不含车辆)', '100万元以上设备',
  ...['单价', '单价在'].flatMap((lead) => ['', '(含)'].flatMap((incl) => ['', '的'].flatMap((of) => ['', '专用'].map((kind) => `${lead}100万元${incl}以上${of}${kind}设备`)))),
];

export function addAssetsTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  const assets = p.assets;
  if (!assets) return absentSection(b, 'assets', '国有资产', [...VEHICLE_NAMES, ...EQUIPMENT_NAMES]);
  b.add({
    // the bare word 车辆 only where the data holds the vehicles
    id: 'assets.vehicles', label: '车辆', sections: ['assets'], names: [...VEHICLE_NAMES, '车辆'],
    counts: [{ unit: '辆', keywords: [], fact: assets.vehicles }],
    parts: assets.byUse.map((v) => `assets.vehicles.${v.use}`),
  });
  for (const v of assets.byUse) {
    b.add({ id: `assets.vehicles.${v.use}`, label: v.use, sections: ['assets'], names: [v.use], counts: [{ unit: '辆', keywords: [], fact: v.count }] });
  }
  b.add({
    id: 'assets.equipment', label: '单价 100 万元（含）以上设备', sections: ['assets'],
    names: EQUIPMENT_NAMES,
    counts: [{ unit: '台（套）', keywords: [], fact: assets.equipment }],
  });
  return { assets: 'assets.vehicles' };
}
