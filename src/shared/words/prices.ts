import type { Words } from './table';

/** The Prices page, and what Danlu says about prices, regions and the AWS comparison. */
export const pricesWords = {
  'prices.filters.gpuModel': { en: 'GPU model', zh: 'GPU 型号' },
  'prices.filters.anyGpu': { en: 'Any GPU', zh: '任意 GPU' },
  'prices.filters.minGpuMem': { en: 'GPU memory ≥ (GiB)', zh: '显存 ≥（GiB）' },
  'prices.filters.maxPrice': { en: 'Spot price ≤ (¥/h)', zh: '竞价 ≤（¥/小时）' },
  'prices.filters.anyAmount': { en: 'any', zh: '不限' },
  'prices.filters.regionGroup': { en: 'Regions', zh: '地域' },
  'prices.filters.groupAll': { en: 'All regions', zh: '全部地域' },
  'prices.filters.groupOverseas': { en: 'Outside mainland China', zh: '中国内地以外' },
  'prices.filters.groupMainland': { en: 'Mainland China', zh: '中国内地' },
  'prices.filters.sort': { en: 'Sort by', zh: '排序' },
  'prices.filters.sortPrice': { en: 'Spot price', zh: '竞价价格' },
  'prices.filters.sortPerGpuGiB': { en: 'Price per GPU GiB', zh: '每 GiB 显存价格' },
  'prices.filters.inStockOnly': { en: 'In stock only', zh: '只看有库存' },
  'prices.errors.notNumber': { en: 'Enter a number, e.g. 2.5.', zh: '请输入数字，例如 2.5。' },
  'prices.errors.negative': { en: 'Cannot be negative.', zh: '不能为负数。' },
  'prices.errors.notPositive': { en: 'Enter a price above ¥0.', zh: '请输入大于 ¥0 的价格。' },
  'prices.errors.tooLarge': { en: 'At most {{max}}.', zh: '最多 {{max}}。' },
  'prices.col.region': { en: 'Region', zh: '地域' },
  'prices.col.zone': { en: 'Zone', zh: '可用区' },
  'prices.col.type': { en: 'Instance type', zh: '实例规格' },
  'prices.col.gpu': { en: 'GPU', zh: 'GPU' },
  'prices.col.cpuRam': { en: 'vCPU · RAM', zh: 'vCPU · 内存' },
  'prices.col.spot': { en: 'Spot ¥/h', zh: '竞价 ¥/小时' },
  'prices.col.payg': { en: 'Pay-as-you-go ¥/h', zh: '按量 ¥/小时' },
  'prices.col.saving': { en: 'Saving compared with pay-as-you-go', zh: '比按量付费节省' },
  'prices.col.perGpuGiB': { en: '¥/h per GPU GiB', zh: '每 GiB 显存 ¥/小时' },
  'prices.col.availability': { en: 'Availability', zh: '可用性' },
  'prices.col.stock': { en: 'Stock', zh: '库存' },
  'prices.paygShort': { en: 'pay-as-you-go {{price}}', zh: '按量 {{price}}' },
  'prices.stock.WithStock': { en: 'In stock', zh: '有库存' },
  'prices.stock.ClosedWithStock': { en: 'Low stock', zh: '库存紧张' },
  'prices.stock.WithoutStock': { en: 'Sold out', zh: '已售罄' },
  'prices.stock.ClosedWithoutStock': { en: 'Sold out', zh: '已售罄' },
  'prices.stockHint.WithStock': {
    en: 'The cloud reports enough stock for this type in this zone.',
    zh: '云端报告此可用区该规格库存充足。',
  },
  'prices.stockHint.ClosedWithStock': {
    en: 'Low stock, still sold: you can launch here; if it runs out first, Danlu moves on to the next zone or type.',
    zh: '库存紧张，但仍在出售：可以在此创建；若先售罄，丹炉会换下一个可用区或规格。',
  },
  'prices.stockHint.WithoutStock': {
    en: 'Sold out right now in this zone; Danlu would try the next zone or type.',
    zh: '此可用区当前已售罄；丹炉会尝试下一个可用区或规格。',
  },
  'prices.stockHint.ClosedWithoutStock': {
    en: 'Sold out and not restocked in this zone.',
    zh: '此可用区已售罄且不再补货。',
  },
  'prices.basis.exact': { en: "The cloud's current price.", zh: '云端的当前价格。' },
  'prices.basis.advice': {
    en: 'Estimate, not yet read from the cloud: the 30-day average spot price of this type in this zone, {{percent}} % of pay-as-you-go. Danlu is reading the exact price.',
    zh: '估算值，尚未从云端查询：该规格在此可用区 30 天的平均竞价，为按量价格的 {{percent}}%。丹炉正在查询准确价格。',
  },
  'prices.basis.typical': {
    en: 'Estimate, not yet read from the cloud: a typical 20 % of pay-as-you-go (the cloud gave no 30-day average here). Danlu is reading the exact price.',
    zh: '估算值，尚未从云端查询：按常见的按量价格 20% 计（云端未给出 30 天平均值）。丹炉正在查询准确价格。',
  },
  'prices.basis.paygModelled': {
    en: 'The pay-as-you-go price itself is estimated from similar types.',
    zh: '按量价格本身也是根据相近规格估算的。',
  },
  'prices.basis.earlier': {
    en: 'The cloud’s price {{age}} ago, older than prices stay fresh; Danlu is reading it again.',
    zh: '{{age}}前的云端价格，已超过价格的有效期；丹炉正在重新查询。',
  },
  'prices.basis.earlierSometime': {
    en: 'The cloud’s price when last read, older than prices stay fresh; Danlu is reading it again.',
    zh: '上次查询到的云端价格，已超过价格的有效期；丹炉正在重新查询。',
  },
  'prices.basis.adviceShort': { en: 'estimate · 30-day avg. {{percent}} %', zh: '估算 · 30 天平均 {{percent}}%' },
  'prices.basis.typicalShort': { en: 'estimate · typical 20 %', zh: '估算 · 常见 20%' },
  'prices.basis.earlierShort': { en: 'as of {{age}} ago', zh: '{{age}}前的价格' },
  'prices.best.price': { en: 'Cheapest', zh: '最便宜' },
  'prices.best.priceHint': {
    en: 'Every offer that can be bought under these filters has its exact price, and none is cheaper.',
    zh: '符合这些条件、可以购买的报价都已查到准确价格，没有更便宜的。',
  },
  'prices.best.pricePerGpuGiB': { en: 'Best per GPU GiB', zh: '每 GiB 显存最便宜' },
  'prices.best.pricePerGpuGiBHint': {
    en: 'Every offer that can be bought under these filters has its exact price, and none costs less per GiB of GPU memory.',
    zh: '符合这些条件、可以购买的报价都已查到准确价格，没有每 GiB 显存更便宜的。',
  },
  'prices.exactAll': { en: '{{exact}} of {{total}} prices exact', zh: '{{total}} 个价格中 {{exact}} 个为准确价格' },
  'prices.exactShown': {
    en: '{{exact}} of {{shown}} shown prices exact ({{allExact}} of {{total}} in all)',
    zh: '显示的 {{shown}} 个价格中 {{exact}} 个为准确价格（全部 {{total}} 个中 {{allExact}} 个）',
  },
  'prices.exactFailed': {
    en: '{{count}} types could not be priced; their rows stay estimates until the next refresh.',
    zh: '有 {{count}} 个规格未能查到价格；在下次刷新前，这些行仍为估算值。',
  },
  'prices.makingExact': {
    en: 'Reading exact prices: {{done}} of {{total}}',
    zh: '正在查询准确价格：{{done}} / {{total}}',
  },
  'prices.launchEstimate': {
    en: 'This price is still an estimate; the Launch page shows the exact one as soon as it is read.',
    zh: '此价格仍为估算值；查到准确价格后，创建页会立即显示。',
  },
  'prices.saving': { en: '{{percent}} off', zh: '省 {{percent}}' },
  'prices.interruption': { en: 'interrupted {{band}}', zh: '中断率 {{band}}' },
  'prices.interruptionHint': {
    en: 'How often the cloud reclaimed this type here in recent weeks (its spot advice).',
    zh: '近几周云端在此回收该规格的频率（来自竞价建议）。',
  },
  'prices.unknown': { en: 'unknown', zh: '未知' },
  'prices.mainland': { en: 'Mainland', zh: '内地' },
  'prices.mainlandHint': {
    en: 'Mainland China region: datasets and libraries download slowly from abroad, so Danlu switches pip, conda and apt to domestic mirrors. Regions outside the mainland are usually easier for learning.',
    zh: '中国内地地域：从境外下载数据集和软件库较慢，丹炉会把 pip、conda 和 apt 切换到国内镜像。学习用途通常选择内地以外的地域更省心。',
  },
  'prices.details': { en: 'History', zh: '历史' },
  'prices.hide': { en: 'Hide', zh: '收起' },
  'prices.launchThis': { en: 'Launch this', zh: '用此规格创建' },
  'prices.showMore': {
    en: 'Show {{more}} more ({{shown}} of {{total}} listed)',
    zh: '再显示 {{more}} 个（已列出 {{shown}} / {{total}} 个）',
  },
  'prices.scanStarting': { en: 'Asking every region for its spot prices…', zh: '正在向各地域询问竞价价格…' },
  'prices.scanning': {
    en: 'Scanning regions: {{done}} of {{total}} answered, {{found}} offers so far',
    zh: '正在扫描地域：已有 {{done}} / {{total}} 个回应，目前找到 {{found}} 个报价',
  },
  'prices.age': { en: 'Prices from {{age}} ago', zh: '价格来自 {{age}}前' },
  'prices.countAll': { en: '{{total}} offers', zh: '共 {{total}} 个报价' },
  'prices.countMatching': {
    en: '{{shown}} of {{total}} offers match the filters',
    zh: '{{total}} 个报价中有 {{shown}} 个符合筛选',
  },
  'prices.refresh': { en: 'Refresh prices', zh: '刷新价格' },
  'prices.failedRegions': {
    en: 'Regions that did not answer ({{count}}); their offers are missing:',
    zh: '未回应的地域（{{count}} 个），其报价缺失：',
  },
  'prices.emptyTitle': { en: 'No offer matches these filters', zh: '没有符合这些条件的报价' },
  'prices.emptyGeneric': {
    en: 'Try a higher price, less GPU memory or all regions.',
    zh: '试试提高价格、降低显存要求或选择全部地域。',
  },
  'prices.clearFilters': { en: 'Clear filters', zh: '清除筛选' },
  'prices.history.title': {
    en: '30-day spot price of {{type}} in {{zone}}',
    zh: '{{type}} 在 {{zone}} 的 30 天竞价价格',
  },
  'prices.history.spot': { en: 'Spot', zh: '竞价' },
  'prices.history.payg': { en: 'Pay-as-you-go', zh: '按量付费' },
  'prices.history.empty': {
    en: 'The cloud returned no history for this type in this zone.',
    zh: '云端没有返回该规格在此可用区的历史价格。',
  },
  'prices.history.paygOffChart': {
    en: 'Pay-as-you-go costs {{price}} an hour, far above this chart: the axis follows the spot price so its moves show.',
    zh: '按量付费每小时 {{price}}，远高于图中范围：纵轴按竞价价格缩放，以便看清它的变化。',
  },
  'prices.history.stats': {
    en: 'From {{from}} to {{to}}: lowest {{min}}, average {{mean}}, highest {{max}} per hour · {{changes}} price changes ({{raw}} points from the cloud)',
    zh: '{{from}} 至 {{to}}：最低 {{min}}，平均 {{mean}}，最高 {{max}}（每小时）· 价格变化 {{changes}} 次（云端返回 {{raw}} 个数据点）',
  },
  'prices.aws.title': { en: 'Compared with AWS EC2 ({{gpu}})', zh: '与 AWS EC2 对比（{{gpu}}）' },
  'prices.aws.asOf': {
    en: 'Static reference as of {{date}}, {{region}}; US$1 ≈ ¥{{rate}}. Not a live quote.',
    zh: '静态参考资料，截至 {{date}}，{{region}}；1 美元 ≈ ¥{{rate}}。并非实时报价。',
  },
  'prices.aws.noSameGpu': {
    en: 'AWS sells no instance with the {{gpu}}; here is the whole reference table.',
    zh: 'AWS 没有搭载 {{gpu}} 的实例，下面列出完整的参考表。',
  },
  'prices.aws.instance': { en: 'Instance', zh: '实例' },
  'prices.aws.onDemand': { en: 'On-demand /h', zh: '按需 /小时' },
  'prices.aws.spot': { en: 'Typical spot /h', zh: '常见竞价 /小时' },
  'prices.aws.alibaba': { en: '(this Alibaba Cloud offer)', zh: '（此阿里云报价）' },
  'prices.aws.sources': { en: 'Sources', zh: '资料来源' },
  'prices.aws.note': { en: 'Note', zh: '备注' },
  // Why a price request found nothing, or named a region the cloud does not have.
  'prices.unknownRegion': {
    en: 'Unknown region {{regions}}. Known regions include {{known}}…',
    zh: '未知的地域 {{regions}}。已知地域包括 {{known}}…',
  },
  'prices.quoted': { en: '"{{text}}"', zh: '“{{text}}”' },
  'prices.empty.none': { en: 'No GPU spot offer was found in any region.', zh: '所有地域都没有找到 GPU 竞价实例。' },
  'prices.empty.overPrice': {
    en: 'Nothing costs ¥{{max}}/h or less; the cheapest offer is {{about}}{{cheapest}}/h.',
    zh: '没有每小时 ¥{{max}} 以内的实例；最便宜的是每小时 {{about}}{{cheapest}}。',
  },
  'prices.empty.filters': {
    en: 'No offer matches all these filters. Loosen one of them (GPU model, memory, price or regions).',
    zh: '没有同时满足这些条件的实例。请放宽其中一项（GPU 型号、显存、价格或地域）。',
  },
  // The dated AWS comparison: its region, sources, notes and the differences the seed pointed out.
  'prices.aws.region': { en: 'us-east-1 (N. Virginia), Linux', zh: 'us-east-1（弗吉尼亚北部），Linux' },
  'prices.aws.sourceWhat.onDemand': { en: 'On-demand list prices, us-east-1', zh: '按需实例标价，us-east-1' },
  'prices.aws.sourceWhat.spot': {
    en: 'Spot prices and the EC2 Spot price history (typical ranges)',
    zh: '竞价价格与 EC2 竞价历史（常见区间）',
  },
  'prices.aws.sourceWhat.announcement': {
    en: 'AWS announcement of June 2025: P4d/P4de on-demand prices reduced by up to 33 %',
    zh: 'AWS 2025 年 6 月公告：P4d/P4de 按需价格最多下调 33%',
  },
  'prices.aws.rowNote.p2': {
    en: 'The original scripts compared GN5 with this type; previous generation, few regions still sell it.',
    zh: '最初的脚本拿 GN5 与它对比；上一代机型，已很少有地域出售。',
  },
  'prices.aws.rowNote.g4dn': { en: 'Closest to Alibaba gn6i (T4).', zh: '对应阿里云 gn6i（T4）。' },
  'prices.aws.rowNote.p3': { en: 'Closest to Alibaba gn6v (V100 16 GB).', zh: '对应阿里云 gn6v（V100 16 GB）。' },
  'prices.aws.rowNote.g5': { en: 'Closest to Alibaba gn7i (A10 24 GB).', zh: '对应阿里云 gn7i（A10 24 GB）。' },
  'prices.aws.rowNote.p4d': {
    en: 'Eight GPUs only; closest to Alibaba gn7 (A100 40 GB). Price after the June 2025 reduction.',
    zh: '只有 8 卡规格；对应阿里云 gn7（A100 40 GB）。价格为 2025 年 6 月降价后。',
  },
  'prices.aws.feature.stopBilling': {
    en: 'A stopped AWS instance stops compute billing (its EBS volumes still bill). On Alibaba Cloud the same needs economical mode (StopCharging), which gn5 with local disks does not support.',
    zh: 'AWS 实例停止后即停止计算计费（EBS 磁盘仍计费）。阿里云需使用节省停机模式（StopCharging），带本地盘的 gn5 不支持。',
  },
  'prices.aws.feature.images': {
    en: 'AWS offers Deep Learning AMIs with drivers and frameworks installed; Danlu gets the same by saving a bootstrapped instance as an image.',
    zh: 'AWS 提供预装驱动和框架的深度学习镜像；丹炉可将初始化好的实例保存为镜像，达到同样效果。',
  },
  'prices.aws.feature.notice': {
    en: 'AWS spot instances get a 2-minute interruption notice; Alibaba Cloud gives about 5 minutes and can protect the first hour.',
    zh: 'AWS 竞价实例中断前约 2 分钟通知；阿里云约提前 5 分钟通知，并可保护第一个小时。',
  },
  'prices.gpuEach': { en: '{{memory}} each', zh: '每块 {{memory}}' },
} satisfies Words<'prices'>;
