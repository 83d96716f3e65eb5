import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, type LogRecord } from '../log/logger';
import { CloudError } from './cloud-error';
import { type CallerFixture, callerFixture } from './testing/caller-fixture';
import { apiError, type Script, TEST_CREDENTIALS } from './testing/scripted-cloud';

let fixture: CallerFixture | undefined;
async function setup(script: Script, options?: Parameters<typeof callerFixture>[1]) {
  fixture = await callerFixture(script, options);
  return fixture;
}
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const ok: Script = () => ({ json: { Regions: { Region: [] } } });

async function failure(promise: Promise<unknown>): Promise<CloudError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CloudError)) throw new Error(`expected a CloudError, got ${String(error)}`);
  return error;
}

describe('CloudCaller on the wire', () => {
  it('POSTs every parameter in a signed form body that a strict server verifies, never in the URL', async () => {
    const { cloud, caller } = await setup(ok);
    await caller.call('RunInstances', 'us-west-1', {
      InstanceType: 'ecs.gn5-c4g1.xlarge',
      Password: 'Hunter2-secret!',
    });
    const [req] = cloud.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/');
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.signatureValid).toBe(true);
    expect(req?.params).toMatchObject({
      Action: 'RunInstances',
      Version: '2014-05-26',
      RegionId: 'us-west-1',
      AccessKeyId: TEST_CREDENTIALS.accessKeyId,
      InstanceType: 'ecs.gn5-c4g1.xlarge',
    });
  });

  it('sends VPC actions with the VPC API version', async () => {
    const { cloud, caller } = await setup(ok);
    await caller.call('DescribeVSwitches', 'cn-hangzhou', {});
    expect(cloud.requests[0]?.version).toBe('2016-04-28');
  });

  it('never sends "undefined" or "null" for missing parameters', async () => {
    const { cloud, caller } = await setup(ok);
    await caller.call('DescribeInstances', 'cn-hangzhou', { ZoneId: undefined, VpcId: null, Tag: [{ Key: 'a' }] });
    const values = Object.values(cloud.requests[0]?.params ?? {});
    expect(values).not.toContain('undefined');
    expect(values).not.toContain('null');
    expect(cloud.requests[0]?.params).toMatchObject({ 'Tag.1.Key': 'a' });
    expect(cloud.requests[0]?.params).not.toHaveProperty('ZoneId');
  });

  it('returns ordinary objects, with big integers as exact strings', async () => {
    const { caller } = await setup(() => ({
      body: '{"RequestId":"R","OwnerId":1234567890123456789,"Nested":{"A":[{"B":1}]}}',
    }));
    const body = await caller.call('DescribeRegions', undefined, {});
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(body).toStrictEqual({ RequestId: 'R', OwnerId: '1234567890123456789', Nested: { A: [{ B: 1 }] } });
  });
});

describe('CloudCaller failures', () => {
  it('keeps the cloud code, RequestId and HTTP status on a CloudError', async () => {
    const { caller } = await setup(() => ({
      status: 403,
      json: { RequestId: 'ABC-123', Code: 'OperationDenied.NoStock', Message: 'sold out' },
    }));
    const e = await failure(caller.call('RunInstances', 'cn-hangzhou', { ZoneId: 'cn-hangzhou-i' }));
    expect(e).toBeInstanceOf(CloudError);
    expect(e).toMatchObject({ kind: 'no_stock', cloudCode: 'OperationDenied.NoStock', requestId: 'ABC-123' });
    expect(e.httpStatus).toBe(403);
    expect(e.toInfo()).toMatchObject({
      code: 'cloud.no_stock',
      cloudCode: 'OperationDenied.NoStock',
      requestId: 'ABC-123',
    });
  });

  it('treats an HTTP error with a JSON body but no Code as a failure, not a success', async () => {
    const { caller } = await setup(() => ({ status: 400, json: { RequestId: 'R-400', Message: 'bad' } }));
    const e = await failure(caller.call('DescribeRegions', undefined, {}));
    expect(e.kind).toBe('unknown');
    expect(e.httpStatus).toBe(400);
    expect(e.requestId).toBe('R-400');
  });

  it('retries a non-JSON 502 page from a proxy, sleeping on the injected clock, then succeeds', async () => {
    const { caller, clock, events } = await setup((_req, i) =>
      i < 2 ? { status: 502, body: '<html><body>502 Bad Gateway</body></html>' } : { json: { Ok: true } },
    );
    const started = Date.now();
    const body = await caller.call('DescribeZones', 'cn-beijing', {});
    expect(body.Ok).toBe(true);
    expect(events.map((e) => e.outcome)).toEqual(['retryable', 'retryable', 'ok']);
    expect(events.map((e) => e.willRetry)).toEqual([true, true, false]);
    // full jitter with random() = 0.5: half of 500 ms, then half of 1000 ms
    expect(clock.sleeps).toEqual([250, 500]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says a non-JSON body is the problem when retries run out', async () => {
    const { caller, events } = await setup(() => ({ status: 502, body: '<html>Bad Gateway</html>' }), {
      retry: { maxAttempts: 3 },
    });
    const e = await failure(caller.call('DescribeZones', 'cn-beijing', {}));
    expect(e.kind).toBe('retryable');
    expect(e.message).toContain('not JSON');
    expect(e.text.zh).toContain('不是 JSON');
    expect(events).toHaveLength(3);
  });

  it('waits for the next minute after throttling, then tries again', async () => {
    const { caller, clock, events } = await setup((_req, i) =>
      i === 0 ? apiError('Throttling.User', 'Request was denied due to user flow control.') : { json: {} },
    );
    clock.sleeps.length = 0;
    const before = clock.now() % 60_000;
    await caller.call('DescribeInstances', 'cn-shanghai', {});
    expect(events.map((e) => e.outcome)).toEqual(['throttled', 'ok']);
    expect(events[0]?.code).toBe('Throttling.User');
    const wait = clock.sleeps[0] ?? 0;
    expect(wait).toBe(60_000 - before + 1500);
  });

  it('rides out a read throttled four minute windows running, and says so after the fifth', async () => {
    const throttled = () => apiError('Throttling.User', 'Request was denied due to user flow control.');
    const patient = await setup((_req, i) => (i < 4 ? throttled() : { json: {} }));
    await patient.caller.call('DescribeImages', 'cn-shanghai', {});
    expect(patient.events.map((e) => e.outcome)).toEqual(['throttled', 'throttled', 'throttled', 'throttled', 'ok']);
    const { caller, events } = await setup(() => throttled());
    const e = await failure(caller.call('DescribeImages', 'cn-shanghai', {}));
    expect(e.kind).toBe('throttled');
    expect(events).toHaveLength(5);
  });

  it('does not retry what retrying cannot fix', async () => {
    const { cloud, caller } = await setup(() => apiError('InvalidAccountStatus.NotEnoughBalance', 'poor', 403));
    const e = await failure(caller.call('RunInstances', 'us-west-1', {}));
    expect(e.kind).toBe('balance');
    expect(cloud.requests).toHaveLength(1);
  });

  it('repeats a timed-out read but not a timed-out StartInstance, which may have happened', async () => {
    const { cloud, caller } = await setup(() => ({ delayMs: 1000, json: {} }), { retry: { maxAttempts: 2 } });
    const read = await failure(caller.call('DescribeInstances', 'cn-hangzhou', {}, { timeoutMs: 100 }));
    expect(read.kind).toBe('retryable');
    expect(cloud.requests).toHaveLength(2);
    const write = await failure(caller.call('StartInstance', 'cn-hangzhou', { InstanceId: 'i-1' }, { timeoutMs: 100 }));
    expect(write.ambiguous).toBe(true);
    expect(cloud.requests).toHaveLength(3);
  });

  it('retries a refused connection even for an unsafe action, since nothing was sent', async () => {
    const { cloud, caller, events } = await setup(ok, { retry: { maxAttempts: 2 } });
    await cloud.close();
    const e = await failure(caller.call('DeleteInstance', 'cn-hangzhou', { InstanceId: 'i-1' }));
    expect(e.kind).toBe('retryable');
    expect(e.ambiguous).toBe(false);
    expect(events.map((ev) => ev.code)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('reports a dropped connection as retryable', async () => {
    const { caller } = await setup(() => ({ hangUp: true }), { retry: { maxAttempts: 1 } });
    const e = await failure(caller.call('DescribeDisks', 'cn-hangzhou', {}));
    expect(e.kind).toBe('retryable');
    expect(e.message).toMatch(/network error/);
  });
});

describe('CloudCaller retry tables', () => {
  const conflict = (code: string) =>
    apiError(code, 'The operation is too frequent, please wait a moment and try again.');

  it('sends a CreateVSwitch refused by a VPC conflict again, the same request and ClientToken, until it passes', async () => {
    const codes = ['TaskConflict', 'OperationFailed.DistibuteLock', 'OperationFailed.LastTokenProcessing'];
    const { cloud, caller, clock, events } = await setup((_req, i) =>
      i < codes.length ? conflict(codes[i] as string) : { json: { VSwitchId: 'vsw-1' } },
    );
    const body = await caller.call('CreateVSwitch', 'us-west-1', { ZoneId: 'us-west-1a', ClientToken: 'tok-1' });
    expect(body.VSwitchId).toBe('vsw-1');
    expect(cloud.requests.map((r) => r.params.ClientToken)).toEqual(['tok-1', 'tok-1', 'tok-1', 'tok-1']);
    expect(events.map((e) => e.willRetry)).toEqual([true, true, true, false]);
    // A doubling wait (with random() = 0.5, no jitter either way).
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('tells the caller before each wait, and answers the refusal once the table’s time is up', async () => {
    const { cloud, caller } = await setup(() => conflict('OperationConflict'));
    const waits: Array<{ code: string; waitMs: number }> = [];
    const e = await failure(
      caller.call(
        'CreateVpc',
        'us-west-1',
        { CidrBlock: '172.16.0.0/12', ClientToken: 'tok-1' },
        { busyForMs: 10_000, onBusy: (w) => waits.push(w) },
      ),
    );
    expect(e.cloudCode).toBe('OperationConflict');
    expect(waits.map((w) => w.code)).toEqual(['OperationConflict', 'OperationConflict', 'OperationConflict']);
    expect(cloud.requests).toHaveLength(4);
  });

  it('keeps a table to its own action: the same code elsewhere is answered at once', async () => {
    const { cloud, caller } = await setup(() => conflict('TaskConflict'));
    const e = await failure(caller.call('AttachDisk', 'us-west-1', { DiskId: 'd-1' }));
    expect(e.kind).toBe('dependency');
    expect(cloud.requests).toHaveLength(1);
  });

  it('sends a create the cloud could not answer for now again, the same ClientToken, past the few attempts of any call', async () => {
    const unavailable = () =>
      apiError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 503);
    const { cloud, caller } = await setup((_req, i) => (i < 6 ? unavailable() : { json: { SnapshotId: 's-1' } }));
    const body = await caller.call('CreateSnapshot', 'us-west-1', { DiskId: 'd-1', ClientToken: 'tok-1' });
    expect(body.SnapshotId).toBe('s-1');
    expect(cloud.requests.map((r) => r.params.ClientToken)).toEqual(Array(7).fill('tok-1'));
  });

  it('leaves a delete’s table to the session: a DeleteInstance refused while it initializes is answered at once', async () => {
    const { cloud, caller } = await setup(() => apiError('IncorrectInstanceStatus.Initializing', 'initializing', 403));
    const e = await failure(caller.call('DeleteInstance', 'us-west-1', { InstanceId: 'i-1' }));
    expect(e.cloudCode).toBe('IncorrectInstanceStatus.Initializing');
    expect(cloud.requests).toHaveLength(1);
  });

  it('covers a listed code’s sub-codes', async () => {
    const { cloud, caller } = await setup((_req, i) =>
      i === 0 ? conflict('IncorrectStatus.Vpc') : { json: { VSwitchId: 'vsw-1' } },
    );
    await caller.call('CreateVSwitch', 'us-west-1', { ZoneId: 'us-west-1a', ClientToken: 'tok-1' });
    expect(cloud.requests).toHaveLength(2);
  });
});

describe('CloudCaller timeouts', () => {
  it('gives up on an attempt after its timeout, in real time', async () => {
    const { caller } = await setup(() => ({ delayMs: 5000, json: {} }), { retry: { maxAttempts: 1 } });
    const started = Date.now();
    const e = await failure(caller.call('DescribeInstances', 'cn-hangzhou', {}, { timeoutMs: 300 }));
    const took = Date.now() - started;
    expect(e.kind).toBe('retryable');
    expect(e.detail).toBe('no answer within 300 ms');
    expect(took).toBeLessThan(2500);
  });

  it('waits longer than pop-core’s 3 s default for slow actions such as DescribePrice', async () => {
    const { caller } = await setup(() => ({ delayMs: 3300, json: { PriceInfo: {} } }), { retry: { maxAttempts: 1 } });
    const body = await caller.call('DescribePrice', 'us-west-1', {});
    expect(body).toHaveProperty('PriceInfo');
  });

  it('lets the configuration set an action’s default timeout', async () => {
    const { caller } = await setup(() => ({ delayMs: 2000, json: {} }), {
      retry: { maxAttempts: 1 },
      timeouts: { DescribeRegions: 200 },
    });
    const e = await failure(caller.call('DescribeRegions', undefined, {}));
    expect(e.detail).toBe('no answer within 200 ms');
  });
});

describe('CloudCaller cancellation', () => {
  it('stops a hanging request at once when the signal aborts, with the signal’s reason', async () => {
    const { caller, events } = await setup(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = caller.call('RunInstances', 'cn-hangzhou', {}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('launch cancelled')), 50);
    await expect(pending).rejects.toThrow('launch cancelled');
    expect(events.at(-1)?.outcome).toBe('aborted');
  });

  it('stops during a backoff wait', async () => {
    const controller = new AbortController();
    const { caller, cloud } = await setup(() => {
      controller.abort(new Error('closed the window'));
      return apiError('ServiceUnavailable', 'busy', 503);
    });
    await expect(caller.call('DescribeRegions', undefined, {}, { signal: controller.signal })).rejects.toThrow(
      'closed the window',
    );
    expect(cloud.requests).toHaveLength(1);
  });

  it('does not send anything when already aborted', async () => {
    const { caller, cloud } = await setup(ok);
    await expect(caller.call('DescribeRegions', undefined, {}, { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('CloudCaller secrecy', () => {
  it('keeps passwords and the string-to-sign echoed by SignatureDoesNotMatch out of errors and logs', async () => {
    const echo =
      'Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dtest-key-id%26Password%3DHunter2-secret%2521';
    const { caller, redactor } = await setup(() => apiError('SignatureDoesNotMatch', echo));
    const e = await failure(caller.call('RunInstances', 'us-west-1', { Password: 'Hunter2-secret!' }));
    const records: LogRecord[] = [];
    createLogger((r) => records.push(r), redactor).error('launch failed', { error: e, info: e.toInfo() });
    const everything = [
      e.message,
      e.text.zh,
      e.detail,
      e.stack ?? '',
      JSON.stringify(e.toInfo()),
      JSON.stringify(records),
    ].join('\n');
    expect(e.kind).toBe('signature');
    expect(everything).not.toContain('Hunter2');
    expect(everything).not.toContain(TEST_CREDENTIALS.accessKeySecret);
  });

  it('masks the AccessKey secret wherever a cloud message repeats it', async () => {
    const { caller } = await setup(() =>
      apiError('InvalidParameter', `value ${TEST_CREDENTIALS.accessKeySecret} is wrong, URL: http://x/?Signature=abc`),
    );
    const e = await failure(caller.call('DescribeRegions', undefined, {}));
    // The cloud's words travel with the error (behind the window's details), masked.
    const cloudSaid = e.toInfo().original ?? '';
    for (const text of [e.message, e.text.zh, cloudSaid, JSON.stringify(e.toInfo())]) {
      expect(text).not.toContain(TEST_CREDENTIALS.accessKeySecret);
      expect(text).not.toContain('Signature=abc');
    }
    expect(cloudSaid).toContain('***');
  });

  it('rejects a malformed region id before it can reach a host name', async () => {
    const { caller, cloud } = await setup(ok);
    const e = await failure(caller.call('DescribeInstances', 'evil.example.com/', {}));
    expect(e.kind).toBe('invalid_input');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('CloudCaller limits', () => {
  it('holds calls of one region and action to the configured rate, waiting on the injected clock', async () => {
    const { caller, clock, events } = await setup(ok, { limits: { default: { qps: 1, burst: 1, concurrency: 1 } } });
    for (let i = 0; i < 3; i += 1) await caller.call('DescribeInstances', 'cn-hangzhou', {});
    await caller.call('DescribeInstances', 'us-west-1', {});
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(events.map((e) => e.waitedMs)).toEqual([0, 1000, 1000, 0]);
  });
});

describe('CloudCaller observer', () => {
  it('reports product, region, action, attempt, time and outcome of every attempt', async () => {
    const { caller, events } = await setup((_req, i) =>
      i === 0 ? apiError('InternalError', 'oops', 500) : { json: {} },
    );
    await caller.call('CreateVpc', 'ap-southeast-1', { ClientToken: 't' });
    expect(events).toEqual([
      expect.objectContaining({
        product: 'vpc',
        region: 'ap-southeast-1',
        action: 'CreateVpc',
        attempt: 1,
        outcome: 'retryable',
        code: 'InternalError',
        willRetry: true,
      }),
      expect.objectContaining({ action: 'CreateVpc', attempt: 2, outcome: 'ok', willRetry: false }),
    ]);
    for (const e of events) expect(e.ms).toBeGreaterThanOrEqual(0);
  });

  it('is not disturbed by an observer that throws', async () => {
    const { caller } = await setup(ok, {
      onCall: () => {
        throw new Error('observer bug');
      },
    });
    await expect(caller.call('DescribeRegions', undefined, {})).resolves.toBeDefined();
  });

  it('asks a credentials function before each request', async () => {
    let asked = 0;
    const { caller, cloud } = await setup(ok, {
      credentials: async () => {
        asked += 1;
        return TEST_CREDENTIALS;
      },
    });
    await caller.call('DescribeRegions', undefined, {});
    await caller.call('DescribeRegions', undefined, {});
    expect(asked).toBe(2);
    expect(cloud.requests.every((r) => r.signatureValid)).toBe(true);
  });
});
