import type { CloudErrorKind } from './cloud-error';

/** Codes whose kind cannot be told from their shape. */
export const EXACT_CODES: Readonly<Record<string, CloudErrorKind>> = {
  DryRunOperation: 'dry_run_ok',
  'InvalidAccessKeyId.NotFound': 'auth',
  'InvalidAccessKeyId.Inactive': 'auth',
  InvalidAccessKeyId: 'auth',
  NoPermission: 'auth',
  RealNameAuthenticationError: 'auth',
  'InvalidSecurityToken.Expired': 'auth',
  'InvalidSecurityToken.Malformed': 'auth',
  'InvalidSecurityToken.MismatchWithAccessKey': 'auth',
  SignatureDoesNotMatch: 'signature',
  IncompleteSignature: 'signature',
  'InvalidTimeStamp.Expired': 'signature',
  'InvalidTimeStamp.Format': 'signature',
  // pop-core makes a fresh nonce for every attempt, so a replay complaint heals on retry.
  SignatureNonceUsed: 'retryable',
  'InvalidAccountStatus.NotEnoughBalance': 'balance',
  'Account.Arrearage': 'balance',
  InsufficientBalance: 'balance',
  'OperationDenied.NoStock': 'no_stock',
  'Zone.NotOnSale': 'no_stock',
  'Zone.NotOpen': 'no_stock',
  'InstanceType.Offline': 'no_stock',
  'InvalidInstanceType.ZoneNotSupported': 'no_stock',
  'InvalidResourceType.NotSupported': 'no_stock',
  'InvalidSpotPriceLimit.LowerThanPublicPrice': 'price_limit',
  'OperationDenied.SpotPriceLowerThanPublicPrice': 'price_limit',
  // GPU types often need approval on the account: something to apply for, like a quota.
  'InvalidInstanceType.ValueUnauthorized': 'quota',
  InstanceDiskLimitExceeded: 'quota',
  UnknownError: 'retryable',
  // The same ClientToken is still being processed: waiting and asking again is the cure.
  LastTokenProcessing: 'retryable',
  'OperationFailed.LastTokenProcessing': 'retryable',
  'OperationFailed.IdempotentTokenProcessing': 'retryable',
  // Another request of the VPC holds its lock (the code is spelt so by the cloud).
  'OperationFailed.DistibuteLock': 'dependency',
  // "QPS Limit Exceeded", the throttling answer Alibaba's gateways give for several products.
  'Rejected.Throttling': 'throttled',
  DiskStillAttached: 'dependency',
  DiskCreatingSnapshot: 'dependency',
  'InvalidDisk.InUse': 'dependency',
  SnapshotCreatedDisk: 'dependency',
  SnapshotCreatedImage: 'dependency',
  ImageUsingByInstance: 'dependency',
  // The VPC service is busy with another task in the same VPC (deleting or creating a vSwitch):
  // the call succeeds once that task is done.
  OperationConflict: 'dependency',
  TaskConflict: 'dependency',
  'OperationDenied.OtherSubnetProcessing': 'dependency',
  'OperationDenied.LastTokenProcessing': 'retryable',
  SystemBusy: 'retryable',
  InstanceLockedForSecurity: 'dependency',
  'InvalidOperation.DeletionProtection': 'dependency',
  'InvalidAction.NotFound': 'invalid_input',
  // Names must be unique; the caller decides whether the existing one is theirs.
  'KeyPair.AlreadyExist': 'invalid_input',
  'InvalidImageName.Duplicated': 'invalid_input',
  IdempotentParameterMismatch: 'invalid_input',
};

/** Families of codes, checked in order after the exact table. */
const PATTERNS: ReadonlyArray<readonly [RegExp, CloudErrorKind]> = [
  [/^Throttling/i, 'throttled'],
  [/^QuotaExceed/i, 'quota'],
  [/QuotaExceeded/i, 'quota'],
  [/^Incorrect\w*Status/, 'dependency'],
  [/^DependencyViolation/, 'dependency'],
  [/^InternalError/, 'retryable'],
  [/^ServiceUnavailable/, 'retryable'],
  [/^Forbidden/, 'auth'],
  [/\.NotFound$/, 'not_found'],
  [/^MissingParameter/, 'invalid_input'],
  [/^InvalidParameter/, 'invalid_input'],
  [/\.Malformed$/, 'invalid_input'],
  [/^Invalid/, 'invalid_input'],
];

/** The kind of a cloud error code; the HTTP status decides only when the code is unknown. */
export function classifyCode(code: string, status?: number): CloudErrorKind {
  const exact = EXACT_CODES[code];
  if (exact) return exact;
  for (const [pattern, kind] of PATTERNS) if (pattern.test(code)) return kind;
  return classifyStatus(status);
}

/** The kind of an HTTP error status that came without a cloud code. */
export function classifyStatus(status: number | undefined): CloudErrorKind {
  if (status === undefined) return 'unknown';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'retryable';
  return 'unknown';
}

/** Node socket codes meaning the request never reached the server (safe to send again). */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** The kind and ambiguity of a socket-level failure. */
export function classifyNetworkCode(code: string): { kind: CloudErrorKind; ambiguous: boolean } {
  if (NEVER_SENT.has(code)) return { kind: 'retryable', ambiguous: false };
  // A certificate or TLS failure will not go away by asking again.
  if (/CERT|TLS|SSL/i.test(code)) return { kind: 'unknown', ambiguous: false };
  return { kind: 'retryable', ambiguous: true };
}
