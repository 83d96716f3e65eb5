import type { Localized } from '../../shared/localized';
import type { CloudErrorKind } from './cloud-error';

/** What the message may mention about the failed call. */
export interface MessageContext {
  action: string;
  regionId?: string;
  zoneId?: string;
  instanceType?: string;
  /** The cloud's code, or an HTTP status / socket code when there was none. */
  code: string;
  /** Scrubbed cloud message or transport detail. */
  detail: string;
  /** For retryable failures: why, in both languages (e.g. "no answer within 10 s"). */
  reason?: Localized;
}

const QUOTAS: Readonly<Record<string, Localized>> = {
  'QuotaExceed.ElasticQuota': { en: 'the vCPU quota for this instance type', zh: '该实例规格的 vCPU 配额' },
  'QuotaExceed.AfterpayInstance': { en: 'the number of pay-as-you-go instances', zh: '按量付费实例的数量' },
  'QuotaExceed.PostPaidDisk': { en: 'the number of pay-as-you-go disks', zh: '按量付费云盘的数量' },
  'QuotaExceed.PortableCloudDisk': { en: 'the number of detachable disks', zh: '可卸载云盘的数量' },
  'QuotaExceed.DiskCapacity': { en: 'the total capacity of this disk category', zh: '该类别云盘的总容量' },
  'QuotaExceed.Snapshot': { en: 'the number of snapshots', zh: '快照的数量' },
  'QuotaExceed.Image': { en: 'the number of custom images', zh: '自定义镜像的数量' },
  'QuotaExceed.KeyPair': { en: 'the number of key pairs', zh: '密钥对的数量' },
  'QuotaExceed.SecurityGroup': { en: 'the number of security groups', zh: '安全组的数量' },
  'QuotaExceed.Tags': { en: 'the number of tags on one resource', zh: '单个资源的标签数量' },
  InstanceDiskLimitExceeded: { en: 'the number of disks one instance can carry', zh: '单台实例可挂载的云盘数量' },
  'InvalidInstanceType.ValueUnauthorized': {
    en: 'permission to buy this instance type (GPU types often need approval)',
    zh: '购买该实例规格的权限（GPU 规格通常需要申请开通）',
  },
};

function where(c: MessageContext): Localized {
  if (c.zoneId) return { en: `zone ${c.zoneId}`, zh: `可用区 ${c.zoneId} ` };
  if (c.regionId) return { en: `region ${c.regionId}`, zh: `地域 ${c.regionId} ` };
  return { en: 'this account', zh: '该账号' };
}

function auth(c: MessageContext): Localized {
  if (c.code === 'RealNameAuthenticationError') {
    return {
      en: `This Alibaba Cloud account has not completed real-name verification, which buying instances requires (${c.code}). Complete it in the Alibaba Cloud console, then try again.`,
      zh: `该阿里云账号尚未完成实名认证，购买实例需要实名认证（${c.code}）。请在阿里云控制台完成认证后重试。`,
    };
  }
  if (c.code === 'Forbidden.RAM' || c.code === 'NoPermission') {
    return {
      en: `The RAM user behind this AccessKey may not call ${c.action} (${c.code}). Grant it ECS and VPC permissions (for example the AliyunECSFullAccess and AliyunVPCFullAccess policies).`,
      zh: `该 AccessKey 所属的 RAM 用户无权调用 ${c.action}（${c.code}）。请为其授予 ECS 和 VPC 权限（例如 AliyunECSFullAccess 与 AliyunVPCFullAccess 策略）。`,
    };
  }
  return {
    en: `Alibaba Cloud did not accept the AccessKey (${c.code}). Check that the AccessKey ID and secret are correct and enabled, and that the user may use ECS and VPC.`,
    zh: `阿里云未接受该 AccessKey（${c.code}）。请确认 AccessKey ID 和 Secret 正确且已启用，并且该用户有权使用 ECS 和 VPC。`,
  };
}

function signature(c: MessageContext): Localized {
  if (c.code.startsWith('InvalidTimeStamp')) {
    return {
      en: `This computer's clock is off by more than 15 minutes, so Alibaba Cloud rejects the request (${c.code}). Let the clock synchronise automatically and try again.`,
      zh: `本机时钟偏差超过 15 分钟，阿里云因此拒绝了请求（${c.code}）。请开启自动校时后重试。`,
    };
  }
  return {
    en: `Alibaba Cloud rejected the request signature (${c.code}). The AccessKey secret is most likely wrong: enter it again.`,
    zh: `阿里云拒绝了请求签名（${c.code}）。多半是 AccessKey Secret 有误，请重新填写。`,
  };
}

function balance(c: MessageContext): Localized {
  if (c.code === 'Account.Arrearage') {
    return {
      en: `Your Alibaba Cloud account has an overdue payment (${c.code}). Settle it in the console's Expenses and Costs centre before buying.`,
      zh: `阿里云账户存在欠费（${c.code}）。请先在控制台的费用与成本中心结清欠款，再购买。`,
    };
  }
  return {
    en: `Your Alibaba Cloud balance is too low (${c.code}). Spot and pay-as-you-go purchases need an available balance above ¥100: top up in the console's Expenses and Costs centre, then try again.`,
    zh: `阿里云账户余额不足（${c.code}）。购买抢占式实例和按量付费资源需要可用余额大于 100 元：请在控制台的费用与成本中心充值后重试。`,
  };
}

function quota(c: MessageContext): Localized {
  const what = QUOTAS[c.code] ?? { en: 'an account quota', zh: '账号配额' };
  const at = where(c);
  return {
    en: `Alibaba Cloud quota reached: ${what.en} in ${at.en} (${c.code}). Request an increase in the Quota Center of the ECS console, or release resources you no longer need, then try again.`,
    zh: `已达到阿里云配额上限：${at.zh}${what.zh}（${c.code}）。请在 ECS 控制台的配额中心申请提升，或释放不再需要的资源后重试。`,
  };
}

const TEXTS: Readonly<Record<CloudErrorKind, (c: MessageContext) => Localized>> = {
  auth,
  signature,
  balance,
  quota,
  no_stock: (c) => ({
    en: `${c.instanceType ?? 'This instance type'} is sold out in ${where(c).en} right now (${c.code}). Try another zone, region or instance type.`,
    zh: `${c.instanceType ?? '该实例规格'} 在${where(c).zh}暂时售罄（${c.code}）。请换一个可用区、地域或实例规格再试。`,
  }),
  price_limit: (c) => ({
    en: `Your maximum spot price is below the current market price of ${c.instanceType ?? 'this instance type'} in ${where(c).en} (${c.code}). Raise the limit, or let the price follow the market (capped at the pay-as-you-go price).`,
    zh: `你设定的最高出价低于 ${c.instanceType ?? '该实例规格'} 在${where(c).zh}的当前市场价（${c.code}）。请提高出价上限，或改为跟随市场价（最高不超过按量付费价格）。`,
  }),
  throttled: (c) => ({
    en: `Alibaba Cloud is limiting how often ${c.action} may be called (${c.code}). Wait a minute and try again.`,
    zh: `阿里云正在限制 ${c.action} 的调用频率（${c.code}）。请等待一分钟后重试。`,
  }),
  retryable: (c) => ({
    en: `Alibaba Cloud did not answer ${c.action} properly (${c.reason?.en ?? c.code}). This is usually temporary: try again in a moment.`,
    zh: `阿里云未能正常响应 ${c.action}（${c.reason?.zh ?? c.code}）。这通常是暂时的，请稍后重试。`,
  }),
  invalid_input: (c) => ({
    en: `Alibaba Cloud refused ${c.action} as invalid (${c.code}): ${c.detail}`,
    zh: `阿里云认为 ${c.action} 的参数无效（${c.code}）：${c.detail}`,
  }),
  not_found: (c) => ({
    en: `Alibaba Cloud cannot find the resource ${c.action} refers to in ${where(c).en} (${c.code}); it may have been released already.`,
    zh: `阿里云在${where(c).zh}找不到 ${c.action} 所指的资源（${c.code}），它可能已被释放。`,
  }),
  dependency: (c) => ({
    en: `Alibaba Cloud cannot do ${c.action} yet: a resource is in the wrong state or still in use (${c.code}: ${c.detail}). Wait for the current change to finish and try again.`,
    zh: `阿里云暂时无法执行 ${c.action}：相关资源状态不符或仍在使用中（${c.code}：${c.detail}）。请等待当前变更完成后重试。`,
  }),
  dry_run_ok: (c) => ({
    en: `Dry run of ${c.action} passed: the request would succeed.`,
    zh: `${c.action} 预检通过：该请求可以成功执行。`,
  }),
  unknown: (c) => ({
    en: `Alibaba Cloud returned an unexpected error for ${c.action} (${c.code}): ${c.detail}`,
    zh: `阿里云对 ${c.action} 返回了意外的错误（${c.code}）：${c.detail}`,
  }),
};

/**
 * The request never left this computer (no DNS answer, no route, refused): the network, a proxy
 * or a firewall is in the way, not the cloud. Said as such, not as "usually temporary".
 */
export function offlineText(c: Pick<MessageContext, 'action' | 'code'>): Localized {
  return {
    en: `Danlu cannot reach Alibaba Cloud (${c.code}): this computer seems to be offline, or a proxy or firewall blocks the connection. Check the network, then try again.`,
    zh: `丹炉无法连接阿里云（${c.code}）：这台电脑可能没有联网，或代理、防火墙阻止了连接。请检查网络后重试。`,
  };
}

/** The user-facing message of a failure, in English and Chinese. */
export function cloudErrorText(kind: CloudErrorKind, context: MessageContext): Localized {
  return TEXTS[kind](context);
}
