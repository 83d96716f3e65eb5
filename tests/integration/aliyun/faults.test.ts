import { utils } from 'ssh2';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CloudError, createAliyunApi, isCloudError, newClientToken } from '../../../src/main/aliyun';
import { Redactor } from '../../../src/main/log/redactor';
import { systemClock } from '../../../src/shared/clock';
import { type SimApi, startSimApi } from './sim-api';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterEach(() => {
  s.sim.faults.clear();
  s.sim.setBalance(1000);
  s.events.length = 0;
});
afterAll(async () => {
  await s.close();
});

const REGION = 'cn-hangzhou';

async function failure(p: Promise<unknown>): Promise<CloudError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isCloudError(e)) throw new Error(`expected a CloudError, got ${String(e)}`);
  return e;
}

async function network() {
  const offer = s.sim.spotOffers({ regionId: REGION }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error(`the seeded market has no offer in ${REGION}`);
  const { vpcId } = await s.api.createVpc({ regionId: REGION, clientToken: newClientToken() });
  await s.sim.clock.sleep(10_000);
  const { vSwitchId } = await s.api.createVSwitch({
    regionId: REGION,
    vpcId,
    zoneId: offer.zoneId,
    cidrBlock: '172.16.9.0/24',
    clientToken: newClientToken(),
  });
  const { securityGroupId } = await s.api.createSecurityGroup({
    regionId: REGION,
    vpcId,
    clientToken: newClientToken(),
  });
  await s.sim.clock.sleep(10_000);
  return {
    regionId: REGION,
    vSwitchId,
    securityGroupId,
    imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    instanceType: offer.instanceType,
    zoneId: offer.zoneId,
    spotDuration: 1 as const,
    offer,
  };
}

describe('the client against the simulator’s real refusals', () => {
  it('calls a wrong secret a signature problem and an unknown key an auth problem', async () => {
    for (const [credentials, kind] of [
      [{ accessKeyId: s.sim.accessKeyId, accessKeySecret: 'not-the-secret' }, 'signature'],
      [{ accessKeyId: 'LTAI-nobody', accessKeySecret: 'whatever-secret' }, 'auth'],
    ] as const) {
      const api = createAliyunApi({
        credentials,
        endpoints: { kind: 'fixed', url: s.sim.endpoint },
        clock: s.sim.clock,
      });
      const e = await failure(api.describeRegions());
      api.close();
      expect(e.kind).toBe(kind);
      expect(e.requestId).toBeTruthy();
      expect(e.message).not.toContain('not-the-secret');
    }
  });

  it('marks a sold-out zone as no_stock, naming the type and zone', async () => {
    const launch = await network();
    s.sim.faults.set({ noStock: [{ regionId: REGION, zoneId: launch.zoneId, instanceType: launch.instanceType }] });
    const e = await failure(
      s.api.runInstances({ ...launch, spotStrategy: 'SpotAsPriceGo', clientToken: newClientToken() }),
    );
    expect(e).toMatchObject({ kind: 'no_stock', cloudCode: 'OperationDenied.NoStock' });
    expect(e.message).toContain(launch.instanceType);
    expect(s.events.filter((ev) => ev.action === 'RunInstances')).toHaveLength(1);
  });

  it('explains the ¥100 balance rule when the account is too poor for spot', async () => {
    const launch = await network();
    s.sim.setBalance(50);
    const e = await failure(
      s.api.runInstances({ ...launch, spotStrategy: 'SpotAsPriceGo', clientToken: newClientToken() }),
    );
    expect(e).toMatchObject({ kind: 'balance', cloudCode: 'InvalidAccountStatus.NotEnoughBalance' });
    expect(e.message).toContain('¥100');
  });

  it('calls a bid below the market a price_limit problem', async () => {
    const launch = await network();
    const e = await failure(
      s.api.runInstances({
        ...launch,
        spotStrategy: 'SpotWithPriceLimit',
        spotPriceLimit: Math.max(0.001, Math.floor(launch.offer.spotPrice * 500) / 1000),
        clientToken: newClientToken(),
      }),
    );
    expect(e).toMatchObject({ kind: 'price_limit', cloudCode: 'InvalidSpotPriceLimit.LowerThanPublicPrice' });
  });

  it('recovers from injected 5xx pages, non-JSON bodies and dropped connections on reads', async () => {
    s.sim.faults.set({
      rules: [
        { kind: 'http5xx', status: 502, body: 'html', actions: ['DescribeZones'], times: 1 },
        { kind: 'http5xx', status: 504, body: 'empty', actions: ['DescribeZones'], times: 1 },
        { kind: 'nonJson', status: 200, actions: ['DescribeZones'], times: 1 },
        { kind: 'reset', actions: ['DescribeZones'], times: 1 },
        { kind: 'error', code: 'ServiceUnavailable', status: 503, actions: ['DescribeZones'], times: 1 },
      ],
    });
    const { zones } = await s.api.describeZones({ regionId: REGION }, { retry: { maxAttempts: 6 } });
    expect(zones.length).toBeGreaterThan(0);
    // pop-core parses before it looks at the status, so an HTML or empty 5xx is seen as "not JSON"
    expect(s.events.map((e) => [e.outcome, e.code])).toEqual([
      ['retryable', 'not_json'],
      ['retryable', 'not_json'],
      ['retryable', 'not_json'],
      ['retryable', 'ECONNRESET'],
      ['retryable', 'ServiceUnavailable'],
      ['ok', undefined],
    ]);
  });

  it('waits out throttling for the next minute and then succeeds', async () => {
    s.sim.faults.set({
      rules: [{ kind: 'error', code: 'Throttling.User', status: 400, actions: ['DescribeRegions'], times: 1 }],
    });
    const before = s.sim.clock.now();
    await s.api.describeRegions();
    expect(s.events.map((e) => e.outcome)).toEqual(['throttled', 'ok']);
    const waitedUntil = s.sim.clock.now();
    expect(Math.floor(waitedUntil / 60_000)).toBeGreaterThan(Math.floor(before / 60_000));
  });

  it('keeps under the cloud’s QPS with its own limiter instead of being throttled', async () => {
    s.sim.faults.set({ throttle: [{ action: 'DescribeZones', regionId: REGION, qps: 10, burst: 2 }] });
    const paced = createAliyunApi({
      credentials: { accessKeyId: s.sim.accessKeyId, accessKeySecret: s.sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: s.sim.endpoint },
      clock: systemClock,
      limits: { perAction: { DescribeZones: { qps: 5, burst: 1, concurrency: 4 } } },
      retry: { maxThrottleRetries: 0 },
      onCall: (e) => s.events.push(e),
    });
    try {
      await Promise.all(Array.from({ length: 10 }, () => paced.describeZones({ regionId: REGION })));
    } finally {
      paced.close();
    }
    expect(s.events.map((e) => e.outcome)).toEqual(Array(10).fill('ok'));

    // The same burst without pacing runs into the cloud's limit, and is told so.
    const unpaced = await Promise.allSettled(
      Array.from({ length: 10 }, () => s.api.describeZones({ regionId: REGION }, { retry: { maxThrottleRetries: 0 } })),
    );
    const refused = unpaced.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => isCloudError(e, 'throttled'))).toBe(true);
  });

  it('times out a hanging request and retries a read', async () => {
    s.sim.faults.set({ rules: [{ kind: 'hang', actions: ['DescribeVpcs'], times: 1 }] });
    const { vpcs } = await s.api.describeVpcs({ regionId: REGION }, { timeoutMs: 300 });
    expect(Array.isArray(vpcs)).toBe(true);
    expect(s.events.map((e) => [e.outcome, e.code])).toEqual([
      ['retryable', 'timeout'],
      ['ok', undefined],
    ]);
  });

  it('does not repeat a delete whose answer was lost, though the cloud carried it out', async () => {
    const { public: publicKey } = utils.generateKeyPairSync('rsa', { bits: 2048 });
    await s.api.importKeyPair({ regionId: REGION, keyPairName: 'danlu-lost-answer', publicKeyBody: publicKey });
    s.events.length = 0;
    s.sim.faults.set({ rules: [{ kind: 'reset', actions: ['DeleteKeyPairs'], phase: 'after', times: 1 }] });
    const e = await failure(s.api.deleteKeyPairs({ regionId: REGION, keyPairNames: ['danlu-lost-answer'] }));
    expect(e).toMatchObject({ kind: 'retryable', ambiguous: true });
    expect(s.events).toHaveLength(1);
    expect((await s.api.describeKeyPairs({ regionId: REGION, keyPairName: 'danlu-lost-answer' })).keyPairs).toEqual([]);
  });

  it('reports a missing resource as not_found', async () => {
    const missing = await failure(
      s.api.deleteSecurityGroup({ regionId: REGION, securityGroupId: 'sg-doesnotexist0000' }),
    );
    expect(missing.kind).toBe('not_found');
    expect(missing.text.zh).toContain('找不到');
  });

  it('never lets the secret into an error, even when the simulator echoes the string to sign', async () => {
    const redactor = new Redactor();
    const api = createAliyunApi({
      credentials: { accessKeyId: s.sim.accessKeyId, accessKeySecret: 'wrong-secret-value-123' },
      endpoints: { kind: 'fixed', url: s.sim.endpoint },
      clock: s.sim.clock,
      redactor,
    });
    const e = await failure(api.runInstances({ ...(await network()), password: 'Sup3r-Secret!', clientToken: 'x' }));
    api.close();
    const text = [e.message, e.text.zh, e.detail, e.stack, JSON.stringify(e.toInfo())].join('\n');
    expect(e.kind).toBe('signature');
    expect(text).not.toContain('Sup3r-Secret');
    expect(text).not.toContain('wrong-secret-value-123');
  });
});
