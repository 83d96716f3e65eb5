import type { WordKey } from '../../shared/words';
import { type Message, type MessageParam, msg } from '../../shared/words/message';
import type { CloudErrorKind } from './cloud-error';

/** What the message may mention about the failed call. */
export interface MessageContext {
  action: string;
  regionId?: string;
  zoneId?: string;
  instanceType?: string;
  /** The cloud's code, or an HTTP status / socket code when there was none. */
  code: string;
  /** For retryable failures: why (e.g. "no answer within 10 s"). */
  reason?: MessageParam;
}

/** The limit each quota code names. */
export const QUOTAS: Readonly<Record<string, WordKey>> = {
  'QuotaExceed.ElasticQuota': 'cloud-error.quotaOf.vcpu',
  'QuotaExceed.AfterpayInstance': 'cloud-error.quotaOf.paygInstances',
  'QuotaExceed.PostPaidDisk': 'cloud-error.quotaOf.paygDisks',
  'QuotaExceed.PortableCloudDisk': 'cloud-error.quotaOf.detachableDisks',
  'QuotaExceed.DiskCapacity': 'cloud-error.quotaOf.diskCapacity',
  'QuotaExceed.Snapshot': 'cloud-error.quotaOf.snapshots',
  'QuotaExceed.Image': 'cloud-error.quotaOf.images',
  'QuotaExceed.KeyPair': 'cloud-error.quotaOf.keyPairs',
  'QuotaExceed.SecurityGroup': 'cloud-error.quotaOf.securityGroups',
  'QuotaExceed.Tags': 'cloud-error.quotaOf.tags',
  InstanceDiskLimitExceeded: 'cloud-error.quotaOf.disksPerInstance',
  'InvalidInstanceType.ValueUnauthorized': 'cloud-error.quotaOf.typePermission',
};

/**
 * Codes of a resource in the wrong state that say more than "wait and try again": waiting
 * will not help, or the person must do something first.
 */
export const DEPENDENCIES: Readonly<Record<string, WordKey>> = {
  DiskStillAttached: 'cloud-error.diskAttached',
  'InvalidDisk.InUse': 'cloud-error.diskAttached',
  DiskCreatingSnapshot: 'cloud-error.diskSnapshotting',
  SnapshotCreatedDisk: 'cloud-error.snapshotHasDisks',
  SnapshotCreatedImage: 'cloud-error.snapshotHasImage',
  ImageUsingByInstance: 'cloud-error.imageInUse',
  InstanceLockedForSecurity: 'cloud-error.lockedForSecurity',
  'InvalidOperation.DeletionProtection': 'cloud-error.deletionProtection',
};

function where(c: MessageContext): MessageParam {
  if (c.zoneId) return { msg: msg('cloud-error.where.zone', { zoneId: c.zoneId }) };
  if (c.regionId) return { msg: msg('cloud-error.where.region', { regionId: c.regionId }) };
  return { msg: msg('cloud-error.where.account') };
}

/** The instance type the call named, or "this instance type" (`lower` inside a sentence). */
function instanceType(c: MessageContext, lower = false): MessageParam {
  return c.instanceType ?? { msg: msg('cloud-error.thisType'), lower };
}

function auth(c: MessageContext): Message {
  if (c.code === 'RealNameAuthenticationError') return msg('cloud-error.realName', { code: c.code });
  if (c.code === 'Forbidden.RAM' || c.code === 'NoPermission') {
    return msg('cloud-error.noPermission', { action: c.action, code: c.code });
  }
  return msg('cloud-error.auth', { code: c.code });
}

const TEXTS: Readonly<Record<CloudErrorKind, (c: MessageContext) => Message>> = {
  auth,
  signature: (c) =>
    msg(c.code.startsWith('InvalidTimeStamp') ? 'cloud-error.clock' : 'cloud-error.signature', { code: c.code }),
  balance: (c) =>
    msg(c.code === 'Account.Arrearage' ? 'cloud-error.arrearage' : 'cloud-error.balance', { code: c.code }),
  quota: (c) =>
    msg('cloud-error.quota', {
      what: { msg: msg(QUOTAS[c.code] ?? 'cloud-error.quotaOf.account') },
      where: where(c),
      code: c.code,
    }),
  no_stock: (c) => msg('cloud-error.noStock', { instanceType: instanceType(c), where: where(c), code: c.code }),
  price_limit: (c) =>
    msg('cloud-error.priceLimit', { instanceType: instanceType(c, true), where: where(c), code: c.code }),
  throttled: (c) => msg('cloud-error.throttled', { action: c.action, code: c.code }),
  retryable: (c) => msg('cloud-error.retryable', { action: c.action, reason: c.reason ?? c.code }),
  // The cloud's own words are English: they go behind the details (ErrorInfo.original), not here.
  invalid_input: (c) => msg('cloud-error.invalidInput', { action: c.action, code: c.code }),
  not_found: (c) => msg('cloud-error.notFound', { action: c.action, where: where(c), code: c.code }),
  dependency: (c) => msg(DEPENDENCIES[c.code] ?? 'cloud-error.dependency', { action: c.action, code: c.code }),
  dry_run_ok: (c) => msg('cloud-error.dryRunOk', { action: c.action }),
  unknown: (c) => msg('cloud-error.unknown', { action: c.action, code: c.code }),
};

/**
 * The request never left this computer (no DNS answer, no route, refused): the network, a proxy
 * or a firewall is in the way, not the cloud. Said as such, not as "usually temporary".
 */
export function offlineText(c: Pick<MessageContext, 'action' | 'code'>): Message {
  return msg('cloud-error.offline', { code: c.code });
}

/** The user-facing message of a failure. */
export function cloudErrorText(kind: CloudErrorKind, context: MessageContext): Message {
  return TEXTS[kind](context);
}
