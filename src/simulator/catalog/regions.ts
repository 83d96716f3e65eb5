/** One region as DescribeRegions/DescribeZones report it. */
export interface RegionInfo {
  regionId: string;
  localName: string;
  englishName: string;
  zones: string[];
  /** Pay-as-you-go price level relative to us-west-1 (an estimate, not published data). */
  priceFactor: number;
}

const r = (regionId: string, localName: string, englishName: string, zones: string[], priceFactor: number) => ({
  regionId,
  localName,
  englishName,
  zones: zones.map((z) => (z.length <= 2 ? `${regionId}${regionId.startsWith('cn-') ? '-' : ''}${z}` : z)),
  priceFactor,
});

/** The public regions and a realistic 2–4 zones each. */
export const REGIONS: RegionInfo[] = [
  r('cn-qingdao', '华北1（青岛）', 'China (Qingdao)', ['b', 'c'], 0.92),
  r('cn-beijing', '华北2（北京）', 'China (Beijing)', ['g', 'h', 'i', 'k'], 0.95),
  r('cn-zhangjiakou', '华北3（张家口）', 'China (Zhangjiakou)', ['a', 'b', 'c'], 0.9),
  r('cn-huhehaote', '华北5（呼和浩特）', 'China (Hohhot)', ['a', 'b'], 0.88),
  r('cn-wulanchabu', '华北6（乌兰察布）', 'China (Ulanqab)', ['a', 'b', 'c'], 0.86),
  r('cn-hangzhou', '华东1（杭州）', 'China (Hangzhou)', ['h', 'i', 'j', 'k'], 0.95),
  r('cn-shanghai', '华东2（上海）', 'China (Shanghai)', ['e', 'f', 'g', 'l'], 0.96),
  r('cn-nanjing', '华东5（南京-本地地域）', 'China (Nanjing - Local Region)', ['a', 'b'], 0.97),
  r('cn-fuzhou', '华东6（福州-本地地域）', 'China (Fuzhou - Local Region)', ['a', 'b'], 0.97),
  r('cn-shenzhen', '华南1（深圳）', 'China (Shenzhen)', ['a', 'c', 'd', 'e'], 0.95),
  r('cn-heyuan', '华南2（河源）', 'China (Heyuan)', ['a', 'b'], 0.9),
  r('cn-guangzhou', '华南3（广州）', 'China (Guangzhou)', ['a', 'b'], 0.93),
  r('cn-chengdu', '西南1（成都）', 'China (Chengdu)', ['a', 'b'], 0.9),
  r('cn-hongkong', '中国香港', 'China (Hong Kong)', ['b', 'c', 'd'], 1.18),
  r('ap-northeast-1', '日本（东京）', 'Japan (Tokyo)', ['ap-northeast-1a', 'ap-northeast-1b', 'ap-northeast-1c'], 1.2),
  r('ap-northeast-2', '韩国（首尔）', 'South Korea (Seoul)', ['ap-northeast-2a', 'ap-northeast-2b'], 1.2),
  r('ap-southeast-1', '新加坡', 'Singapore', ['ap-southeast-1a', 'ap-southeast-1b', 'ap-southeast-1c'], 1.1),
  r('ap-southeast-3', '马来西亚（吉隆坡）', 'Malaysia (Kuala Lumpur)', ['ap-southeast-3a', 'ap-southeast-3b'], 1.08),
  r(
    'ap-southeast-5',
    '印度尼西亚（雅加达）',
    'Indonesia (Jakarta)',
    ['ap-southeast-5a', 'ap-southeast-5b', 'ap-southeast-5c'],
    1.1,
  ),
  r('ap-southeast-6', '菲律宾（马尼拉）', 'Philippines (Manila)', ['ap-southeast-6a', 'ap-southeast-6b'], 1.12),
  r('ap-southeast-7', '泰国（曼谷）', 'Thailand (Bangkok)', ['ap-southeast-7a', 'ap-southeast-7b'], 1.12),
  r('us-east-1', '美国（弗吉尼亚）', 'US (Virginia)', ['us-east-1a', 'us-east-1b'], 1.0),
  r('us-west-1', '美国（硅谷）', 'US (Silicon Valley)', ['us-west-1a', 'us-west-1b'], 1.0),
  r('eu-west-1', '英国（伦敦）', 'UK (London)', ['eu-west-1a', 'eu-west-1b'], 1.15),
  r(
    'eu-central-1',
    '德国（法兰克福）',
    'Germany (Frankfurt)',
    ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'],
    1.15,
  ),
  r('me-east-1', '阿联酋（迪拜）', 'UAE (Dubai)', ['me-east-1a', 'me-east-1b'], 1.3),
  r('na-south-1', '墨西哥', 'Mexico', ['na-south-1a', 'na-south-1b'], 1.15),
];

const BY_ID = new Map(REGIONS.map((region) => [region.regionId, region]));

export function findRegion(regionId: string): RegionInfo | undefined {
  return BY_ID.get(regionId);
}

export function zoneLocalName(region: RegionInfo, zoneId: string, english: boolean): string {
  const letter = zoneId.slice(-1).toUpperCase();
  const base = english ? region.englishName : region.localName;
  return english ? `${base} Zone ${letter}` : `${base} 可用区 ${letter}`;
}

/** The ECS endpoint DescribeRegions reports (cn-hangzhou uses the central-style host, as the SDKs map it). */
export function regionEndpoint(regionId: string): string {
  return regionId === 'cn-hangzhou' ? 'ecs-cn-hangzhou.aliyuncs.com' : `ecs.${regionId}.aliyuncs.com`;
}
