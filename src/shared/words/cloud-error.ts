import type { Words } from './table';

/** What Danlu tells the person when an Alibaba Cloud call fails: what happened and what to do, by kind of failure. */
export const cloudErrorWords = {
  'cloud-error.quotaOf.vcpu': { en: 'the vCPU quota for this instance type', zh: '该实例规格的 vCPU 配额' },
  'cloud-error.quotaOf.paygInstances': { en: 'the number of pay-as-you-go instances', zh: '按量付费实例的数量' },
  'cloud-error.quotaOf.paygDisks': { en: 'the number of pay-as-you-go disks', zh: '按量付费云盘的数量' },
  'cloud-error.quotaOf.detachableDisks': { en: 'the number of detachable disks', zh: '可卸载云盘的数量' },
  'cloud-error.quotaOf.diskCapacity': { en: 'the total capacity of this disk category', zh: '该类别云盘的总容量' },
  'cloud-error.quotaOf.snapshots': { en: 'the number of snapshots', zh: '快照的数量' },
  'cloud-error.quotaOf.images': { en: 'the number of custom images', zh: '自定义镜像的数量' },
  'cloud-error.quotaOf.keyPairs': { en: 'the number of key pairs', zh: '密钥对的数量' },
  'cloud-error.quotaOf.securityGroups': { en: 'the number of security groups', zh: '安全组的数量' },
  'cloud-error.quotaOf.tags': { en: 'the number of tags on one resource', zh: '单个资源的标签数量' },
  'cloud-error.quotaOf.disksPerInstance': {
    en: 'the number of disks one instance can carry',
    zh: '单台实例可挂载的云盘数量',
  },
  'cloud-error.quotaOf.typePermission': {
    en: 'permission to buy this instance type (GPU types often need approval)',
    zh: '购买该实例规格的权限（GPU 规格通常需要申请开通）',
  },
  'cloud-error.quotaOf.account': { en: 'an account quota', zh: '账号配额' },
  'cloud-error.where.zone': { en: 'zone {{zoneId}}', zh: '可用区 {{zoneId}} ' },
  'cloud-error.where.region': { en: 'region {{regionId}}', zh: '地域 {{regionId}} ' },
  'cloud-error.where.account': { en: 'this account', zh: '该账号' },
  'cloud-error.thisType': { en: 'This instance type', zh: '该实例规格' },
  'cloud-error.realName': {
    en: 'This Alibaba Cloud account has not completed real-name verification, which buying instances requires ({{code}}). Complete it in the Alibaba Cloud console, then try again.',
    zh: '该阿里云账号尚未完成实名认证，购买实例需要实名认证（{{code}}）。请在阿里云控制台完成认证后重试。',
  },
  'cloud-error.noPermission': {
    en: 'The RAM user behind this AccessKey may not call {{action}} ({{code}}). Grant it ECS and VPC permissions (for example the AliyunECSFullAccess and AliyunVPCFullAccess policies).',
    zh: '该 AccessKey 所属的 RAM 用户无权调用 {{action}}（{{code}}）。请为其授予 ECS 和 VPC 权限（例如 AliyunECSFullAccess 与 AliyunVPCFullAccess 策略）。',
  },
  'cloud-error.auth': {
    en: 'Alibaba Cloud did not accept the AccessKey ({{code}}). Check that the AccessKey ID and secret are correct and enabled, and that the user may use ECS and VPC.',
    zh: '阿里云未接受该 AccessKey（{{code}}）。请确认 AccessKey ID 和 Secret 正确且已启用，并且该用户有权使用 ECS 和 VPC。',
  },
  'cloud-error.clock': {
    en: "This computer's clock is off by more than 15 minutes, so Alibaba Cloud rejects the request ({{code}}). Let the clock synchronise automatically and try again.",
    zh: '本机时钟偏差超过 15 分钟，阿里云因此拒绝了请求（{{code}}）。请开启自动校时后重试。',
  },
  'cloud-error.signature': {
    en: 'Alibaba Cloud rejected the request signature ({{code}}). The AccessKey secret is most likely wrong: enter it again.',
    zh: '阿里云拒绝了请求签名（{{code}}）。多半是 AccessKey Secret 有误，请重新填写。',
  },
  'cloud-error.arrearage': {
    en: "Your Alibaba Cloud account has an overdue payment ({{code}}). Settle it in the console's Expenses and Costs centre before buying.",
    zh: '阿里云账户存在欠费（{{code}}）。请先在控制台的费用与成本中心结清欠款，再购买。',
  },
  'cloud-error.balance': {
    en: "Your Alibaba Cloud balance is too low ({{code}}). Spot and pay-as-you-go purchases need an available balance above ¥100: top up in the console's Expenses and Costs centre, then try again.",
    zh: '阿里云账户余额不足（{{code}}）。购买抢占式实例和按量付费资源需要可用余额大于 100 元：请在控制台的费用与成本中心充值后重试。',
  },
  'cloud-error.quota': {
    en: 'Alibaba Cloud quota reached: {{what}} in {{where}} ({{code}}). Request an increase in the Quota Center of the ECS console, or release resources you no longer need, then try again.',
    zh: '已达到阿里云配额上限：{{where}}{{what}}（{{code}}）。请在 ECS 控制台的配额中心申请提升，或释放不再需要的资源后重试。',
  },
  'cloud-error.noStock': {
    en: '{{instanceType}} is sold out in {{where}} right now ({{code}}). Try another zone, region or instance type.',
    zh: '{{instanceType}} 在{{where}}暂时售罄（{{code}}）。请换一个可用区、地域或实例规格再试。',
  },
  'cloud-error.priceLimit': {
    en: 'Your maximum spot price is below the current market price of {{instanceType}} in {{where}} ({{code}}). Raise the limit, or let the price follow the market (capped at the pay-as-you-go price).',
    zh: '你设定的最高出价低于 {{instanceType}} 在{{where}}的当前市场价（{{code}}）。请提高出价上限，或改为跟随市场价（最高不超过按量付费价格）。',
  },
  'cloud-error.throttled': {
    en: 'Alibaba Cloud is limiting how often {{action}} may be called ({{code}}). Wait a minute and try again.',
    zh: '阿里云正在限制 {{action}} 的调用频率（{{code}}）。请等待一分钟后重试。',
  },
  'cloud-error.retryable': {
    en: 'Alibaba Cloud did not answer {{action}} properly ({{reason}}). This is usually temporary: try again in a moment.',
    zh: '阿里云未能正常响应 {{action}}（{{reason}}）。这通常是暂时的，请稍后重试。',
  },
  'cloud-error.invalidInput': {
    en: 'Alibaba Cloud refused {{action}} as invalid ({{code}}). Its own words are under Details.',
    zh: '阿里云认为 {{action}} 的参数无效（{{code}}）。云端原文见“详细信息”。',
  },
  'cloud-error.notFound': {
    en: 'Alibaba Cloud cannot find the resource {{action}} refers to in {{where}} ({{code}}); it may have been released already.',
    zh: '阿里云在{{where}}找不到 {{action}} 所指的资源（{{code}}），它可能已被释放。',
  },
  'cloud-error.dependency': {
    en: 'Alibaba Cloud cannot do {{action}} yet: a resource is in the wrong state or still in use ({{code}}). Wait for the current change to finish and try again.',
    zh: '阿里云暂时无法执行 {{action}}：相关资源状态不符或仍在使用中（{{code}}）。请等待当前变更完成后重试。',
  },
  'cloud-error.diskAttached': {
    en: 'The disk is still attached to an instance ({{code}}): detach it, or release that instance, first.',
    zh: '该磁盘仍挂载在实例上（{{code}}）：请先卸载它，或释放那台实例。',
  },
  'cloud-error.diskSnapshotting': {
    en: 'A snapshot of this disk is still being taken ({{code}}): wait for it to finish, then try again.',
    zh: '该磁盘的快照仍在创建中（{{code}}）：请等待完成后重试。',
  },
  'cloud-error.snapshotHasDisks': {
    en: 'Disks were made from this snapshot ({{code}}), so Alibaba Cloud keeps it for now.',
    zh: '已有磁盘由此快照创建（{{code}}），阿里云暂时保留它。',
  },
  'cloud-error.snapshotHasImage': {
    en: 'This snapshot holds a custom image ({{code}}): it goes only with the image. Delete the image first.',
    zh: '此快照承载着一个自定义镜像（{{code}}），只能随镜像一起删除。请先删除该镜像。',
  },
  'cloud-error.imageInUse': {
    en: 'An instance still runs from this image ({{code}}): release that instance first.',
    zh: '仍有实例在使用此镜像（{{code}}）：请先释放那台实例。',
  },
  'cloud-error.lockedForSecurity': {
    en: 'Alibaba Cloud has locked this instance for security reasons ({{code}}); the Alibaba Cloud console says why.',
    zh: '阿里云出于安全原因锁定了该实例（{{code}}），原因请查看阿里云控制台。',
  },
  'cloud-error.deletionProtection': {
    en: 'Deletion protection is on for this resource ({{code}}): turn it off in the Alibaba Cloud console first.',
    zh: '该资源开启了删除保护（{{code}}）：请先在阿里云控制台中关闭。',
  },
  'cloud-error.dryRunOk': {
    en: 'Dry run of {{action}} passed: the request would succeed.',
    zh: '{{action}} 预检通过：该请求可以成功执行。',
  },
  'cloud-error.unknown': {
    en: 'Alibaba Cloud returned an unexpected error for {{action}} ({{code}}). Its own words are under Details.',
    zh: '阿里云对 {{action}} 返回了意外的错误（{{code}}）。云端原文见“详细信息”。',
  },
  'cloud-error.offline': {
    en: 'Danlu cannot reach Alibaba Cloud ({{code}}): this computer seems to be offline, or a proxy or firewall blocks the connection. Check the network, then try again.',
    zh: '丹炉无法连接阿里云（{{code}}）：这台电脑可能没有联网，或代理、防火墙阻止了连接。请检查网络后重试。',
  },
  'cloud-error.reason.connectTimeout': { en: 'could not connect within {{time}}', zh: '{{time}}内未能连接' },
  'cloud-error.reason.readTimeout': { en: 'no answer within {{time}}', zh: '{{time}}内无响应' },
  'cloud-error.reason.network': { en: 'network error {{code}}', zh: '网络错误 {{code}}' },
  'cloud-error.reason.notJson': { en: 'the answer was not JSON', zh: '响应不是 JSON' },
  'cloud-error.milliseconds': { en: '{{count}} ms', zh: '{{count}} 毫秒' },
  'cloud-error.pagingBroken': {
    en: "Alibaba Cloud's {{action}} {{problem}}, so the list could not be read to its end and Danlu stopped asking. This is a fault on the cloud's side: try again in a few minutes.",
    zh: '阿里云的 {{action}} {{problem}}，列表无法读完，丹炉已停止继续请求。这是云端的问题：请几分钟后再试。',
  },
  'cloud-error.paging.repeated': {
    en: 'returned the page marker {{marker}} a second time',
    zh: '再次返回了分页标记 {{marker}}',
  },
  'cloud-error.paging.backwards': {
    en: 'went back from offset {{from}} to {{to}}',
    zh: '的分页偏移量从 {{from}} 退回到 {{to}}',
  },
  'cloud-error.paging.endless': { en: 'kept returning pages after {{max}}', zh: '返回了超过 {{max}} 页' },
} satisfies Words<'cloud-error'>;
