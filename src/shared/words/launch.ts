import type { Words } from './table';

/** The Launch page, and what a launch tells about each step, in its log and when it stops. */
export const launchWords = {
  'launch.where': { en: 'Where', zh: '位置' },
  'launch.region': { en: 'Region', zh: '地域' },
  'launch.pickRegion': { en: 'Choose a region', zh: '选择地域' },
  'launch.zone': { en: 'Zone', zh: '可用区' },
  'launch.cheapestZone': { en: 'The cheapest zone with stock', zh: '有库存且最便宜的可用区' },
  'launch.fromPrice': { en: 'from {{price}}/h', zh: '{{price}}/小时起' },
  'launch.gpuTypes': { en: 'GPU types, in order of preference', zh: 'GPU 规格（按优先顺序）' },
  'launch.gpuTypesHint': {
    en: 'Danlu launches the first type that has stock; when it is sold out in every zone of the region, it tries the next one. Tick up to five.',
    zh: '丹炉按顺序用第一个有库存的规格创建实例；若它在该地域所有可用区都售罄，则尝试下一个。最多勾选五个。',
  },
  'launch.use': { en: 'Use', zh: '使用' },
  'launch.order': { en: '#{{n}}', zh: '第 {{n}} 选择' },
  'launch.spotInZone': { en: 'Spot now', zh: '当前竞价' },
  'launch.spotCheapestZone': { en: 'Spot now (cheapest zone)', zh: '当前竞价（最便宜的可用区）' },
  'launch.inZone': { en: 'in {{zone}}', zh: '位于 {{zone}}' },
  'launch.notSoldHere': { en: 'not sold here', zh: '此处不出售' },
  'launch.noTypes': {
    en: 'No GPU type is sold as spot here right now.',
    zh: '此处当前没有以竞价方式出售的 GPU 规格。',
  },
  'launch.pickRegionFirst': { en: 'Choose a region first.', zh: '请先选择地域。' },
  'launch.unknownRegion': {
    en: 'There is no region "{{region}}" where GPUs are sold as spot; the form starts from the cheapest offer instead.',
    zh: '没有以竞价方式出售 GPU 的地域“{{region}}”；表单改从最便宜的报价开始。',
  },
  'launch.allTypes': { en: 'Show all {{count}} types', zh: '显示全部 {{count}} 个规格' },
  'launch.fewerTypes': { en: 'Show the cheapest only', zh: '只显示最便宜的' },
  'launch.moveUp': { en: 'Prefer this one more', zh: '提高优先级' },
  'launch.moveDown': { en: 'Prefer this one less', zh: '降低优先级' },
  'launch.bid': { en: 'Spot bid', zh: '竞价出价' },
  'launch.pricesNow': {
    en: '{{type}} now: {{spot}}/h spot, {{payg}}/h pay-as-you-go.',
    zh: '{{type}} 当前：竞价 {{spot}}/小时，按量 {{payg}}/小时。',
  },
  'launch.priceNotExact': {
    en: '(estimate: Danlu is reading the exact price)',
    zh: '（估算值：丹炉正在查询准确价格）',
  },
  'launch.bidMarket': { en: 'Follow the market', zh: '跟随市场价' },
  'launch.bidMarketHint': {
    en: 'Pay the current spot price, whatever it becomes, never more than pay-as-you-go (SpotAsPriceGo). The instance is not reclaimed for price.',
    zh: '按当前竞价付费，随市场变化，但绝不超过按量价格（SpotAsPriceGo）。不会因价格被回收。',
  },
  'launch.bidLimit': { en: 'Set a limit', zh: '设置上限' },
  'launch.bidLimitHint': {
    en: "Pay at most this per hour (SpotWithPriceLimit). When the market rises above it, the cloud reclaims the instance after the first protected hour, with five minutes' notice.",
    zh: '每小时最多付这么多（SpotWithPriceLimit）。市场价超过上限时，云端会在第一个保护小时之后回收实例，并提前五分钟通知。',
  },
  'launch.limit': { en: 'Highest price (¥/h)', zh: '最高价格（¥/小时）' },
  'launch.limitBelowMarket': {
    en: "Below today's spot price: the launch will be refused until the market falls.",
    zh: '低于今天的竞价：在市场价回落之前，创建会被拒绝。',
  },
  'launch.disk.title': { en: 'Data disk (/mnt/ml)', zh: '数据盘（/mnt/ml）' },
  'launch.disk.intro': {
    en: 'Your work lives on a separate disk mounted at /mnt/ml: it outlives the instance. A disk that already has a file system is never formatted again.',
    zh: '你的工作保存在挂载于 /mnt/ml 的独立数据盘上，实例释放后依然保留。已有文件系统的磁盘绝不会被再次格式化。',
  },
  'launch.disk.new': { en: 'New disk', zh: '新建磁盘' },
  'launch.disk.newHint': { en: 'Made in the zone the instance is launched in.', zh: '在创建实例的可用区中新建。' },
  'launch.disk.existing': { en: 'A disk Danlu kept', zh: '丹炉保留的磁盘' },
  'launch.disk.existingHint': {
    en: 'Attached as it is; in another zone it follows through a snapshot.',
    zh: '原样挂载；若在其他可用区，则通过快照迁移过去。',
  },
  'launch.afterMove.title': { en: 'If the disk must move to another zone', zh: '如果磁盘需要迁移到其他可用区' },
  'launch.afterMove.intro': {
    en: 'When its zone is sold out, Danlu copies the disk {{diskId}} to the launch’s zone through a snapshot. The original stays, untouched, until the new machine is ready (if the launch fails or is cancelled, it is simply kept). Then:',
    zh: '当它所在的可用区售罄时，丹炉会通过快照把磁盘 {{diskId}} 复制到创建所在的可用区。新机器就绪之前原磁盘保持不动（创建失败或取消时，它会原样保留）。之后：',
  },
  'launch.afterMove.delete': { en: 'Delete the original (default)', zh: '删除原磁盘（默认）' },
  'launch.afterMove.deleteHint': {
    en: 'Your data lives on in the copy; you stop paying for two disks.',
    zh: '数据保存在副本中；不必为两块磁盘付费。',
  },
  'launch.afterMove.keep': { en: 'Keep the original', zh: '保留原磁盘' },
  'launch.afterMove.keepHint': {
    en: 'It stays in its zone, billed until you delete it by name on the Resources page.',
    zh: '它留在原可用区，在你于资源页按名称删除前持续计费。',
  },
  'launch.afterMove.keepCost': {
    en: 'It stays in its zone, about {{cost}} a month until you delete it by name on the Resources page.',
    zh: '它留在原可用区，在你于资源页按名称删除前每月约 {{cost}}。',
  },
  'launch.afterMove.yours': {
    en: 'A disk Danlu did not make is never deleted: the original always stays.',
    zh: '丹炉从不删除不是它创建的磁盘：原磁盘总会保留。',
  },
  'launch.disk.snapshot': { en: 'Restore from a snapshot', zh: '从快照恢复' },
  'launch.disk.snapshotHint': {
    en: 'A new disk made from a snapshot taken when a session was released.',
    zh: '用释放会话时拍摄的快照新建一块磁盘。',
  },
  'launch.disk.size': { en: 'Size (GiB)', zh: '容量（GiB）' },
  'launch.disk.category': { en: 'Kind', zh: '类型' },
  'launch.disk.cloud_essd': { en: 'ESSD (fast)', zh: 'ESSD（高速）' },
  'launch.disk.cloud_auto': { en: 'ESSD AutoPL', zh: 'ESSD AutoPL' },
  'launch.disk.cloud_efficiency': { en: 'Ultra disk (cheaper)', zh: '高效云盘（更便宜）' },
  'launch.disk.choose': { en: 'Choose…', zh: '请选择…' },
  'launch.disk.noDisks': { en: 'Danlu keeps no disk in this region.', zh: '丹炉在此地域没有保留的磁盘。' },
  'launch.disk.noSnapshots': { en: 'Danlu has no snapshot in this region.', zh: '丹炉在此地域没有快照。' },
  'launch.image.title': { en: 'System image', zh: '系统镜像' },
  'launch.image.ubuntu': { en: 'Ubuntu {{version}}', zh: 'Ubuntu {{version}}' },
  'launch.image.ubuntuHint': {
    en: 'Public image; drivers, CUDA and Python are installed when the new machine first runs (10–15 minutes on a real machine).',
    zh: '公共镜像；新机器初次运行时安装驱动、CUDA 和 Python（真实机器上约需 10–15 分钟）。',
  },
  'launch.image.saved': { en: 'An image you saved', zh: '你保存的镜像' },
  'launch.image.savedHint': {
    en: 'Made from a bootstrapped session with "Save as image": the launch skips the installs.',
    zh: '由初始化完成的会话“保存为镜像”得到：用它创建时跳过安装。',
  },
  'launch.image.none': { en: 'No saved image in this region yet.', zh: '此地域还没有保存的镜像。' },
  'launch.cpuSetup.title': { en: 'Set up first on a CPU', zh: '先在 CPU 上准备环境' },
  'launch.cpuSetup.label': {
    en: 'Set up first on a CPU, then switch to the GPU',
    zh: '先在 CPU 上准备环境，再切换到 GPU',
  },
  'launch.cpuSetup.hint': {
    en: 'The data disk is set up on the cheapest CPU spot type in stock in the GPU’s zone (everything but the NVIDIA driver); “Switch to GPU” on the Session page then runs the GPU on the same disk.',
    zh: '数据盘先挂在 GPU 所在可用区里最便宜、有库存的 CPU 竞价规格上完成准备（NVIDIA 驱动除外）；之后在会话页点“切换到 GPU”，用同一块盘创建 GPU 实例。',
  },
  'launch.cpuSetup.saving': {
    en: 'Saves {{saving}} an hour while setting up: {{cpuType}} at {{cpuPrice}}/h instead of {{gpuType}} at {{gpuPrice}}/h in {{zone}} (spot prices now).',
    zh: '准备期间每小时省 {{saving}}：在 {{zone}} 用 {{cpuType}}（{{cpuPrice}}/小时）代替 {{gpuType}}（{{gpuPrice}}/小时）（当前竞价）。',
  },
  'launch.cpuSetup.noQuote': {
    en: 'The cloud gives no current spot price for both types in that zone, so no saving is shown.',
    zh: '云端目前没有给出该可用区两种规格的竞价，因此不显示可省金额。',
  },
  'launch.notebook.title': { en: 'Notebook and guards', zh: 'Notebook 与防护' },
  'launch.notebook.password': { en: 'Notebook password', zh: 'Notebook 密码' },
  'launch.notebook.passwordAgain': { en: 'The same password again', zh: '再次输入密码' },
  'launch.notebook.passwordHint': {
    en: 'At least 8 characters. It is hashed on the instance; Danlu never stores it and logs in with a token kept in your keychain.',
    zh: '至少 8 个字符。密码在实例上哈希保存；丹炉从不存储它，而是用保存在钥匙串中的令牌登录。',
  },
  'launch.notebook.idle': { en: 'Shut down after idle (minutes)', zh: '空闲多久后关机（分钟）' },
  'launch.notebook.idleHint': {
    en: 'The instance stops itself after this long without activity; 0 turns the guard off.',
    zh: '无活动达到该时长后实例自行停止；0 表示关闭此防护。',
  },
  'launch.notebook.name': { en: 'Session name', zh: '会话名称' },
  'launch.notebook.nameHint': {
    en: 'Also the SSH host: ssh danlu-{{name}}.',
    zh: '也是 SSH 主机名：ssh danlu-{{name}}。',
  },
  'launch.errors.nameFormat': {
    en: 'Use 2–31 lower-case letters and digits, starting with a letter; single hyphens may join them, but not end the name (it becomes the machine’s host name).',
    zh: '请使用 2–31 个小写字母和数字，以字母开头；中间可用单个“-”连接，但不能以“-”结尾（它会成为机器的主机名）。',
  },
  'launch.errors.regionMissing': { en: 'Choose a region.', zh: '请选择地域。' },
  'launch.errors.typesMissing': { en: 'Tick at least one GPU type.', zh: '请至少勾选一个 GPU 规格。' },
  'launch.errors.priceLimit': {
    en: 'Enter a price above ¥0 and at most ¥1000 per hour, with at most three decimals (the cloud takes no more).',
    zh: '请输入大于 ¥0、不超过 ¥1000 的每小时价格，最多三位小数（云端只接受三位）。',
  },
  'launch.errors.diskSize': {
    en: 'Enter a whole number of GiB from 20 to 32768.',
    zh: '请输入 20 到 32768 之间的整数 GiB。',
  },
  'launch.errors.diskMissing': { en: 'Choose a disk.', zh: '请选择磁盘。' },
  'launch.errors.snapshotMissing': { en: 'Choose a snapshot.', zh: '请选择快照。' },
  'launch.errors.imageMissing': { en: 'Choose an image.', zh: '请选择镜像。' },
  'launch.errors.passwordShort': { en: 'Use at least 8 characters.', zh: '至少 8 个字符。' },
  'launch.errors.passwordLong': { en: 'Use at most 128 characters.', zh: '最多 128 个字符。' },
  'launch.errors.passwordControl': {
    en: 'No line breaks, tabs or other control characters: they would cut the password short on the instance.',
    zh: '不能含换行、制表符或其他控制字符：它们会在实例上截断密码。',
  },
  'launch.errors.passwordMismatch': { en: 'The two passwords differ.', zh: '两次输入的密码不一致。' },
  'launch.errors.idleMinutes': { en: 'Enter whole minutes from 0 to 1440.', zh: '请输入 0 到 1440 之间的整数分钟。' },
  'launch.lastPlan': { en: 'Launch what you launched last time', zh: '按上次的配置创建' },
  'launch.launchLast': { en: 'Launch last plan', zh: '按上次配置创建' },
  'launch.againTitle': { en: 'Launch {{name}} again', zh: '再次创建 {{name}}' },
  'launch.bringsBack': {
    en: 'Brings back {{type}} in {{region}}, {{image}} and {{disk}}.',
    zh: '带回：{{region}} 的 {{type}}、{{image}}，以及{{disk}}。',
  },
  'launch.brought.image': { en: 'the image {{imageId}} you saved', zh: '你保存的镜像 {{imageId}}' },
  'launch.brought.ubuntu': { en: 'Ubuntu {{version}}', zh: 'Ubuntu {{version}}' },
  'launch.brought.keptDisk': { en: 'the data disk {{diskId}} you kept', zh: '你保留的数据盘 {{diskId}}' },
  'launch.brought.snapshot': { en: 'your work from snapshot {{snapshotId}}', zh: '快照 {{snapshotId}} 中你的工作' },
  'launch.brought.newDisk': { en: 'a new {{size}} GiB data disk', zh: '一块新的 {{size}} GiB 数据盘' },
  'launch.lastPlanNeeds': {
    en: 'Everything is filled in from last time. Enter a notebook password (twice) below, then launch.',
    zh: '其余内容已按上次填好。请在下方输入两次 Notebook 密码，然后创建。',
  },
  'launch.billingElsewhere': {
    en: 'A session is already billing; this launch bills on top of it.',
    zh: '已有会话正在计费；本次创建的实例会在此之外另行计费。',
  },
  'launch.billingSession': { en: '{{name}}: {{rate}} an hour now', zh: '{{name}}：当前每小时 {{rate}}' },
  'launch.openSession': { en: 'Show', zh: '查看' },
  'launch.costTotal': { en: '{{total}} an hour in all.', zh: '合计每小时 {{total}}。' },
  'launch.costParts': {
    en: "{{compute}} for {{type}} at today's spot price, and {{disks}} for the disks ({{data}} GiB data and {{system}} GiB system disk, at list price).",
    zh: '{{type}} 按今天的竞价为 {{compute}}，磁盘 {{disks}}（{{data}} GiB 数据盘与 {{system}} GiB 系统盘，按标价）。',
  },
  'launch.precondition': {
    en: 'Alibaba Cloud sells spot instances only to accounts with a balance above ¥100. Spot instances can be reclaimed; your data disk is always kept.',
    zh: '阿里云只向余额高于 ¥100 的账号出售竞价实例。竞价实例可能被回收；你的数据盘始终保留。',
  },
  'launch.fixFields': { en: 'Some fields need attention (marked above).', zh: '有些字段需要修改（见上方标注）。' },
  'launch.submit': { en: 'Launch', zh: '创建' },
  'launch.launching': { en: 'Launching…', zh: '正在创建…' },
  'launch.foreign.title': { en: 'Use resources Danlu did not create?', zh: '使用不是丹炉创建的资源？' },
  'launch.foreign.confirm': { en: 'Use them and launch', zh: '确认使用并创建' },
  'launch.candidates': {
    en: '{{count}} zone and type candidate(s); first {{instanceType}} in {{zoneId}}',
    zh: '共 {{count}} 个可用区与规格候选；首选 {{zoneId}} 的 {{instanceType}}',
  },
  'launch.failover': {
    en: '{{instanceType}} in {{zoneId}}: {{reason}} Trying the next option.',
    zh: '{{zoneId}} 的 {{instanceType}}：{{reason}}正在尝试下一个选项。',
  },
  'launch.lowStock': {
    en: '{{instanceType}} in {{zoneId}}: low stock (the cloud still sells it but will not replenish it; if it runs out, the next option is tried)',
    zh: '{{zoneId}} 的 {{instanceType}}：库存紧张（云端仍在出售但不再补货；售罄时会尝试下一个选项）',
  },
  'launch.bootImage': { en: 'system image: {{imageId}}', zh: '系统镜像：{{imageId}}' },
  'launch.failedRollingBack': {
    en: 'The launch failed: {{reason}} Removing what it created.',
    zh: '创建失败：{{reason}}正在删除本次创建的资源。',
  },
  'launch.cancelledRollingBack': {
    en: 'Launch cancelled: removing what it created.',
    zh: '创建已取消：正在删除本次创建的资源。',
  },
  'launch.rollbackHeld': {
    en: 'The cloud has not yet let Danlu remove everything this launch created ({{reason}}). What is left is still billed and shown as such; Danlu tries again when it starts, or press Release.',
    zh: '云端暂时还不允许丹炉删除本次创建的全部资源（{{reason}}）。剩下的资源仍在计费，并如实显示；丹炉会在下次打开时重试，你也可以点“释放”。',
  },
  'launch.rolledBack': {
    en: 'Everything this launch created is removed; nothing of it is billed any more.',
    zh: '本次创建的资源已全部删除，不再产生任何费用。',
  },
  'launch.rolledBackKeptDisk': {
    en: 'Everything this launch created is removed; your disk {{diskId}} in {{zoneId}} is kept as it was.',
    zh: '本次创建的资源已全部删除；你位于 {{zoneId}} 的磁盘 {{diskId}} 保持原样。',
  },
  'launch.rolledBackKeptData': {
    en: 'Everything else this launch created is removed. Your data is on the disk {{diskId}} in {{zoneId}}, kept and billed until you delete it by name (Session or Resources page).',
    zh: '本次创建的其他资源已删除。你的数据在位于 {{zoneId}} 的磁盘 {{diskId}} 上，已保留，在你按名称删除它（会话页或资源页）之前会持续计费。',
  },
  'launch.rolledBackKeptSnapshot': {
    en: 'Everything else this launch created is removed. Your data is in the snapshot {{snapshotId}}, kept and billed until you delete it by name on the Resources page.',
    zh: '本次创建的其他资源已删除。你的数据在快照 {{snapshotId}} 中，已保留，在你于资源页按名称删除它之前会持续计费。',
  },
  'launch.moved.deleted': {
    en: 'Your data is now on {{diskId}} in {{zoneId}}. As you chose, the original disk {{sourceDiskId}} in {{sourceZoneId}} is deleted.',
    zh: '你的数据现在位于 {{zoneId}} 的 {{diskId}} 上。按你的选择，位于 {{sourceZoneId}} 的原磁盘 {{sourceDiskId}} 已删除。',
  },
  'launch.moved.kept': {
    en: 'Your data is now on {{diskId}} in {{zoneId}}. As you chose, the original disk {{sourceDiskId}} in {{sourceZoneId}} is kept: it is billed until you delete it by name (Resources page).',
    zh: '你的数据现在位于 {{zoneId}} 的 {{diskId}} 上。按你的选择，位于 {{sourceZoneId}} 的原磁盘 {{sourceDiskId}} 已保留：在你按名称删除它（资源页）之前会持续计费。',
  },
  'launch.moved.keptYours': {
    en: 'Your data is now on {{diskId}} in {{zoneId}}. Your own disk {{sourceDiskId}} in {{sourceZoneId}} is kept as it was: Danlu never deletes a disk it did not make.',
    zh: '你的数据现在位于 {{zoneId}} 的 {{diskId}} 上。你自己的磁盘 {{sourceDiskId}}（{{sourceZoneId}}）保持原样：丹炉从不删除不是它创建的磁盘。',
  },
  'launch.moved.unfinished': {
    en: 'Your data is on {{diskId}}; the original disk {{sourceDiskId}} in {{sourceZoneId}} could not be settled yet, so it is kept and billed (Resources lists it).',
    zh: '你的数据在 {{diskId}} 上；位于 {{sourceZoneId}} 的原磁盘 {{sourceDiskId}} 暂时无法处理，因此保留并继续计费（资源页会列出它）。',
  },
  'launch.diskCategoryChanged': {
    en: '{{instanceType}} does not take {{from}} disks: the data disk is {{to}} instead.',
    zh: '{{instanceType}} 不支持 {{from}} 类型的磁盘：数据盘改用 {{to}}。',
  },
  'launch.stepRetry': {
    en: 'The cloud had a moment ({{reason}}); trying the step again.',
    zh: '云端暂时出错（{{reason}}）；正在重试此步骤。',
  },
  'launch.vpc.created': { en: 'created {{vpcId}}', zh: '已创建 {{vpcId}}' },
  'launch.vpc.reused': { en: 'reusing {{vpcId}}', zh: '沿用 {{vpcId}}' },
  'launch.vswitch.created': { en: 'created {{vSwitchId}} in {{zoneId}}', zh: '已在 {{zoneId}} 创建 {{vSwitchId}}' },
  'launch.vswitch.busy': {
    en: 'The VPC is busy with another change ({{code}}); asking again for the vSwitch in {{zoneId}} in {{seconds}} s.',
    zh: 'VPC 正忙于另一项变更（{{code}}）；{{seconds}} 秒后再次为 {{zoneId}} 申请交换机。',
  },
  'launch.keyPair.imported': { en: 'imported {{keyPairName}}', zh: '已导入 {{keyPairName}}' },
  'launch.keyPair.reused': { en: 'reusing {{keyPairName}}', zh: '沿用 {{keyPairName}}' },
  'launch.disk.inZone': { en: '{{diskId}} in {{zoneId}}', zh: '{{diskId}}，位于 {{zoneId}}' },
  'launch.disk.moving': {
    en: 'moving {{diskId}} from {{from}} to {{to}} through a snapshot',
    zh: '正在通过快照把 {{diskId}} 从 {{from}} 迁移到 {{to}}',
  },
  'launch.disk.created': { en: 'created {{diskId}} in {{zoneId}}', zh: '已在 {{zoneId}} 创建 {{diskId}}' },
  'launch.disk.createdFromSnapshot': {
    en: 'created {{diskId}} in {{zoneId}} from {{snapshotId}}',
    zh: '已在 {{zoneId}} 用 {{snapshotId}} 创建 {{diskId}}',
  },
  'launch.disk.attached': {
    en: '{{diskId}} attached (kept when the instance is released)',
    zh: '{{diskId}} 已挂载（释放实例时保留）',
  },
  'launch.instance.created': {
    en: '{{instanceId}} ({{instanceType}} in {{zoneId}})',
    zh: '{{instanceId}}（{{zoneId}} 的 {{instanceType}}）',
  },
  'launch.instance.running': { en: 'running at {{ip}}', zh: '运行中，地址 {{ip}}' },
  'launch.instance.createdPinned': {
    en: '{{instanceId}} ({{instanceType}} in {{zoneId}}), host key {{sha256}}',
    zh: '{{instanceId}}（{{zoneId}} 的 {{instanceType}}），主机密钥 {{sha256}}',
  },
  // Why a launch cannot go on.
  'launch.diskBusy': {
    en: 'Disk {{diskId}} is {{status}}; it must be Available to attach.',
    zh: '磁盘 {{diskId}} 当前为 {{status}}，需处于“待挂载”状态才能挂载。',
  },
  'launch.diskNotFound': {
    en: 'Disk {{diskId}} does not exist in {{regionId}}.',
    zh: '磁盘 {{diskId}} 在 {{regionId}} 中不存在。',
  },
  'launch.instanceVanished': {
    en: 'Instance {{instanceId}} was removed by the cloud before it ran (usually: sold out after all).',
    zh: '实例 {{instanceId}} 在运行前被云端移除（通常是库存随后售罄）。',
  },
  'launch.diskGone': { en: 'Disk {{diskId}} is gone.', zh: '磁盘 {{diskId}} 已不存在。' },
  'launch.diskCategoryRefused': {
    en: '{{instanceType}} does not take a {{category}} disk here.',
    zh: '{{instanceType}} 在此不支持 {{category}} 类型的磁盘。',
  },
  'launch.noStockAnywhere': {
    en: 'Every zone and type you allowed in {{regionId}} is sold out or above your price limit right now ({{tried}} tried). Try another region from the Prices page.',
    zh: '你允许的 {{regionId}} 所有可用区和规格目前都已售罄或超过出价上限（已尝试 {{tried}} 个）。请在“价格”页换一个地域。',
  },
  'launch.diskInUse': {
    en: 'Disk {{diskId}} is {{status}}; detach it (or release the instance using it) first.',
    zh: '磁盘 {{diskId}} 当前为 {{status}}，请先卸载它（或释放正在使用它的实例）。',
  },
  'launch.noHostKey': {
    en: 'This instance has no host key pinned by Danlu, so Danlu will not log in to it.',
    zh: '此实例没有丹炉预先固定的主机密钥，丹炉不会登录它。',
  },
  'launch.quota': {
    en: 'Your spot vCPU quota in {{regionId}} is {{max}} with {{used}} in use, but {{instanceType}} needs {{cores}}. Release other spot instances or raise the quota in the Alibaba Cloud console (Quota Center → ECS → spot instance vCPUs).',
    zh: '你在 {{regionId}} 的竞价实例 vCPU 配额为 {{max}}，已用 {{used}}，而 {{instanceType}} 需要 {{cores}}。请释放其他竞价实例，或在阿里云控制台（配额中心 → ECS → 抢占式实例 vCPU）提高配额。',
  },
  'launch.cpuSetup.noStock': {
    en: 'No CPU type for setting up is in stock as spot in the zones of {{regionId}} that sell your GPU type right now. Launch on the GPU directly, or try again later.',
    zh: '{{regionId}} 中出售所选 GPU 规格的可用区目前都没有可用于准备环境的 CPU 竞价库存。请直接创建 GPU 实例，或稍后再试。',
  },
  'launch.noStock': {
    en: '{{types}} is sold out as spot in every zone of {{regionId}} right now. Try another region from the Prices page, or another GPU type.',
    zh: '{{types}} 目前在 {{regionId}} 的所有可用区都没有竞价库存。请在“价格”页选择其他地域，或换一种 GPU 规格。',
  },
  'launch.noStockTypes': {
    en: '{{types}} are sold out as spot in every zone of {{regionId}} right now. Try another region from the Prices page, or another GPU type.',
    zh: '{{types}} 目前在 {{regionId}} 的所有可用区都没有竞价库存。请在“价格”页选择其他地域，或换一种 GPU 规格。',
  },
  'launch.priceLimitBelowMarket': {
    en: 'Your price limit {{limit}}/h is below the current spot price of {{instanceType}} in {{regionId}} (from {{market}}/h). Raise the limit, choose "follow the market", or pick a cheaper region.',
    zh: '你的出价上限每小时 {{limit}} 低于 {{instanceType}} 在 {{regionId}} 的当前竞价（每小时 {{market}} 起）。请提高上限、选择“跟随市场价”，或换一个更便宜的地域。',
  },
  'launch.broughtNotFound': {
    en: '{{name}} does not exist in {{regionId}}.',
    zh: '{{name}} 在 {{regionId}} 中不存在。',
  },
  'launch.broughtDisk': {
    en: '{{name}} will be attached to the new instance and mounted at /mnt/ml, where the notebook (root on the machine) can read and change everything on it. Danlu never formats, resizes or deletes it: if it holds no file system the launch stops. At release it stays in your account, detached.',
    zh: '{{name}} 将挂载到新实例的 /mnt/ml，Notebook（在该机器上拥有 root 权限）可以读写其中的一切。丹炉绝不会格式化、扩容或删除它：若其上没有文件系统，创建会停止。释放时它会被卸载并保留在你的账号中。',
  },
  'launch.broughtSnapshot': {
    en: "A new data disk will be made from {{name}} and mounted at /mnt/ml. The snapshot itself is only read, never changed or deleted; the new disk is Danlu's.",
    zh: '将用 {{name}} 创建一块新的数据盘并挂载到 /mnt/ml。快照本身只会被读取，不会被修改或删除；新磁盘归丹炉管理。',
  },
  'launch.broughtImage': {
    en: "The instance will run {{name}} as its system image, and Danlu's set-up runs on it as root. The image itself is never changed or deleted.",
    zh: '实例将以 {{name}} 作为系统镜像，丹炉的初始化脚本会以 root 身份在其上运行。镜像本身不会被修改或删除。',
  },
  'launch.confirmForeign': {
    en: 'Not created by Danlu — confirm to use: {{consequences}}',
    zh: '以下资源不是丹炉创建的，确认后才会使用：{{consequences}}',
  },
  'launch.noImage': {
    en: 'No public Ubuntu {{version}} image was found in {{regionId}}.',
    zh: '在 {{regionId}} 中没有找到 Ubuntu {{version}} 公共镜像。',
  },
  'launch.snapshotFailed': { en: 'Snapshot {{snapshotId}} failed.', zh: '快照 {{snapshotId}} 创建失败。' },
} satisfies Words<'launch'>;
