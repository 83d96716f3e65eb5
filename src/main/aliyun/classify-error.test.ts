import { describe, expect, it } from 'vitest';
import { bothLanguages } from '../../shared/words/message';
import { classifyCode, classifyNetworkCode } from './classify-error';
import { CLOUD_ERROR_KINDS, type CloudErrorKind } from './cloud-error';
import { cloudErrorText } from './error-messages';
import { toCloudError } from './to-cloud-error';

const CASES: [string, CloudErrorKind][] = [
  ['InvalidAccessKeyId.NotFound', 'auth'],
  ['InvalidAccessKeyId.Inactive', 'auth'],
  ['Forbidden.RAM', 'auth'],
  ['RealNameAuthenticationError', 'auth'],
  ['SignatureDoesNotMatch', 'signature'],
  ['InvalidTimeStamp.Expired', 'signature'],
  ['IncompleteSignature', 'signature'],
  ['SignatureNonceUsed', 'retryable'],
  ['InvalidAccountStatus.NotEnoughBalance', 'balance'],
  ['Account.Arrearage', 'balance'],
  ['InsufficientBalance', 'balance'],
  ['QuotaExceed.ElasticQuota', 'quota'],
  ['QuotaExceed.PostPaidDisk', 'quota'],
  ['QuotaExceed.Snapshot', 'quota'],
  ['InvalidInstanceType.ValueUnauthorized', 'quota'],
  ['OperationDenied.NoStock', 'no_stock'],
  ['Zone.NotOnSale', 'no_stock'],
  ['InvalidInstanceType.ZoneNotSupported', 'no_stock'],
  ['InstanceType.Offline', 'no_stock'],
  ['InvalidSpotPriceLimit.LowerThanPublicPrice', 'price_limit'],
  ['OperationDenied.SpotPriceLowerThanPublicPrice', 'price_limit'],
  ['Throttling', 'throttled'],
  ['Throttling.User', 'throttled'],
  ['Throttling.Api', 'throttled'],
  ['InternalError', 'retryable'],
  ['ServiceUnavailable', 'retryable'],
  ['LastTokenProcessing', 'retryable'],
  ['OperationFailed.LastTokenProcessing', 'retryable'],
  ['OperationFailed.IdempotentTokenProcessing', 'retryable'],
  ['Rejected.Throttling', 'throttled'],
  ['OperationFailed.DistibuteLock', 'dependency'],
  ['TaskConflict', 'dependency'],
  ['IncorrectStatus', 'dependency'],
  ['MissingParameter', 'invalid_input'],
  ['MissingParameter.InstanceType', 'invalid_input'],
  ['InvalidParameter.Mismatch', 'invalid_input'],
  ['InvalidPublicKeyBody.Malformed', 'invalid_input'],
  ['InvalidInstanceType.ValueNotSupported', 'invalid_input'],
  ['IdempotentParameterMismatch', 'invalid_input'],
  ['KeyPair.AlreadyExist', 'invalid_input'],
  ['InvalidAction.NotFound', 'invalid_input'],
  ['InvalidInstanceId.NotFound', 'not_found'],
  ['InvalidDiskId.NotFound', 'not_found'],
  ['InvalidSecurityGroup.NotFound', 'not_found'],
  ['InvalidVpcId.NotFound', 'not_found'],
  ['IncorrectInstanceStatus', 'dependency'],
  ['IncorrectInstanceStatus.Initializing', 'dependency'],
  ['IncorrectDiskStatus.CreatingSnapshot', 'dependency'],
  ['IncorrectVSwitchStatus', 'dependency'],
  ['DependencyViolation', 'dependency'],
  ['DiskStillAttached', 'dependency'],
  ['DiskCreatingSnapshot', 'dependency'],
  ['SnapshotCreatedImage', 'dependency'],
  ['DryRunOperation', 'dry_run_ok'],
  ['SomethingNobodyDocumented', 'unknown'],
];

describe('classifyCode', () => {
  it.each(CASES)('%s is %s', (code, kind) => {
    expect(classifyCode(code)).toBe(kind);
  });

  it('uses the HTTP status only for codes it does not know', () => {
    expect(classifyCode('Weird', 503)).toBe('retryable');
    expect(classifyCode('Weird', 429)).toBe('throttled');
    expect(classifyCode('Weird', 400)).toBe('unknown');
    expect(classifyCode('OperationDenied.NoStock', 500)).toBe('no_stock');
  });

  it('tells socket failures that never reached the server from ones that may have', () => {
    expect(classifyNetworkCode('ECONNREFUSED')).toEqual({ kind: 'retryable', ambiguous: false });
    expect(classifyNetworkCode('ECONNRESET')).toEqual({ kind: 'retryable', ambiguous: true });
    expect(classifyNetworkCode('DEPTH_ZERO_SELF_SIGNED_CERT').kind).toBe('unknown');
  });
});

describe('user-facing messages', () => {
  const context = { action: 'RunInstances', regionId: 'us-west-1', zoneId: 'us-west-1a', code: 'X' };

  it.each(CLOUD_ERROR_KINDS)('%s has an English and a Chinese message', (kind) => {
    const text = bothLanguages(cloudErrorText(kind, context));
    expect(text.en.length).toBeGreaterThan(20);
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells a low balance apart, with the ¥100 rule and where to top up', () => {
    const e = toCloudError(
      {
        type: 'api',
        code: 'InvalidAccountStatus.NotEnoughBalance',
        message: 'no money',
        requestId: 'R-1',
        status: 403,
      },
      { action: 'RunInstances', regionId: 'us-west-1', params: {} },
    );
    expect(e.kind).toBe('balance');
    expect(e.code).toBe('cloud.balance');
    expect(e.message).toContain('¥100');
    expect(e.message).toMatch(/top up/i);
    expect(e.text.zh).toContain('100 元');
    expect(e.text.zh).toContain('充值');
    expect(e.toInfo()).toMatchObject({ cloudCode: 'InvalidAccountStatus.NotEnoughBalance', requestId: 'R-1' });
  });

  it('names the sold-out type and zone', () => {
    const e = toCloudError(
      { type: 'api', code: 'OperationDenied.NoStock', message: 'sold out', status: 403 },
      {
        action: 'RunInstances',
        regionId: 'cn-hangzhou',
        params: { ZoneId: 'cn-hangzhou-i', InstanceType: 'ecs.gn7i-c8g1.2xlarge' },
      },
    );
    expect(e.kind).toBe('no_stock');
    expect(e.message).toContain('ecs.gn7i-c8g1.2xlarge');
    expect(e.message).toContain('cn-hangzhou-i');
    expect(e.text.zh).toContain('售罄');
  });

  it('says which quota ran out, where, and where to raise it', () => {
    const e = toCloudError(
      { type: 'api', code: 'QuotaExceed.ElasticQuota', message: 'quota', status: 403 },
      { action: 'RunInstances', regionId: 'ap-southeast-1', params: { ZoneId: 'ap-southeast-1a' } },
    );
    expect(e.message).toContain('vCPU quota');
    expect(e.message).toContain('ap-southeast-1a');
    expect(e.message).toContain('Quota Center');
    expect(e.text.zh).toContain('配额中心');
  });

  it('points at the computer clock for an expired timestamp and at the secret for a bad signature', () => {
    const call = { action: 'DescribeRegions', params: {} };
    expect(toCloudError({ type: 'api', code: 'InvalidTimeStamp.Expired', message: '' }, call).message).toMatch(/clock/);
    expect(toCloudError({ type: 'api', code: 'SignatureDoesNotMatch', message: '' }, call).message).toMatch(/secret/);
  });

  it('words transport failures in both languages', () => {
    const e = toCloudError({ type: 'timeout', phase: 'read', ms: 10_000 }, { action: 'DescribePrice', params: {} });
    expect(e.kind).toBe('retryable');
    expect(e.ambiguous).toBe(true);
    expect(e.retryable).toBe(true);
    expect(e.message).toContain('no answer within 10 s');
    expect(e.text.zh).toContain('10 秒内无响应');
  });
});
