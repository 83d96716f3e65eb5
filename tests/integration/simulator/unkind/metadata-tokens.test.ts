import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { type Body, type CloudCalls, cloudCalls, IMAGE, network } from '../support/cloud-calls';
import { START } from '../support/sim-time';

// In security hardening mode the metadata service answers only a request that carries a token
// from `PUT /latest/api/token`; the on-instance spot watcher reads the reclaim notice either way.
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
const WATCHER = resolve('assets/bootstrap/danlu-spot-watch');
let sim: Simulator;
let call: CloudCalls;
let hardened: string;
let normal: string;

beforeAll(async () => {
  sim = await startTestSimulator({
    seed: 61,
    speed: 0,
    startTime: START,
    assumptions: { spotStockOutageRate: 0 },
    unkind: { metadataTokens: 'required' },
  });
  call = cloudCalls(sim, R);
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const launch = { ...(await network(sim, call, offer.zoneId)), ImageId: IMAGE, InstanceType: TYPE };
  const run = async (extra: Record<string, unknown>) =>
    (await call.ecs('RunInstances', { ...launch, SpotStrategy: 'SpotAsPriceGo', ...extra })).InstanceIdSets
      .InstanceIdSet[0] as string;
  hardened = await run({});
  normal = await run({ HttpTokens: 'optional' });
  await sim.clock.advance(60_000);
});
afterAll(async () => sim?.close());

/** One request to the instance's metadata service, as 100.100.100.200 answers inside it. */
async function metadata(
  id: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${sim.admin}/metadata/${id}${path}`, options);
  return { status: response.status, body: await response.text() };
}
const INSTANCE_ID = '/latest/meta-data/instance-id';
const token = async (id: string, ttl: string) =>
  metadata(id, '/latest/api/token', { method: 'PUT', headers: { 'X-aliyun-ecs-metadata-token-ttl-seconds': ttl } });

it('reports HttpTokens in MetadataOptions: required by default with the behaviour, as asked otherwise', async () => {
  const options = async (id: string) =>
    ((await call.ecs('DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0] as Body)
      .MetadataOptions;
  expect(await options(hardened)).toEqual({ HttpEndpoint: 'enabled', HttpTokens: 'required' });
  expect(await options(normal)).toEqual({ HttpEndpoint: 'enabled', HttpTokens: 'optional' });
});

it('answers a hardened instance only with a valid token of its own, until the token expires', async () => {
  expect(await metadata(hardened, INSTANCE_ID)).toEqual({ status: 401, body: 'Unauthorized' });
  expect((await token(hardened, '0')).status).toBe(400);
  expect((await token(hardened, '21601')).status).toBe(400);
  expect((await metadata(hardened, '/latest/api/token', { method: 'PUT' })).status).toBe(400);

  const issued = await token(hardened, '60');
  expect(issued.status).toBe(200);
  const withToken = { headers: { 'X-aliyun-ecs-metadata-token': issued.body } };
  expect(await metadata(hardened, INSTANCE_ID, withToken)).toEqual({ status: 200, body: hardened });
  expect((await metadata(normal, INSTANCE_ID, withToken)).status).toBe(401);
  await sim.clock.advance(60_000);
  expect((await metadata(hardened, INSTANCE_ID, withToken)).status).toBe(401);
});

it('answers a normal-mode instance with or without a token, but not with a wrong one', async () => {
  expect(await metadata(normal, INSTANCE_ID)).toEqual({ status: 200, body: normal });
  const issued = await token(normal, '21600');
  expect(await metadata(normal, INSTANCE_ID, { headers: { 'X-aliyun-ecs-metadata-token': issued.body } })).toEqual({
    status: 200,
    body: normal,
  });
  expect((await metadata(normal, INSTANCE_ID, { headers: { 'X-aliyun-ecs-metadata-token': 'nope' } })).status).toBe(
    401,
  );
});

const missing = ['bash', 'curl', 'mountpoint'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status);
const skipReason = missing.length > 0 ? `the spot watcher needs ${missing.join(', ')} on this machine` : '';
if (skipReason) console.log(`skipped: ${skipReason}`);

describe.skipIf(skipReason)('the on-instance spot watcher', () => {
  const dirs: string[] = [];
  const watchers: ChildProcess[] = [];
  afterAll(() => {
    for (const w of watchers) w.kill('SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** Runs the watcher against one instance's metadata service; `wall` and `logger` are silenced. */
  function watch(id: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-spot-watch-'));
    dirs.push(dir);
    for (const tool of ['wall', 'logger']) {
      writeFileSync(join(dir, tool), '#!/bin/sh\nexit 0\n');
      chmodSync(join(dir, tool), 0o755);
    }
    const env = join(dir, 'danlu.env');
    writeFileSync(
      env,
      `DANLU_METADATA_URL=${sim.admin}/metadata/${id}\nDANLU_SPOT_POLL_SECONDS=0.1\nDANLU_MARKER_DIR=${dir}/marker\n`,
    );
    const child = spawn('bash', [WATCHER], {
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, DANLU_ENV: env },
      stdio: 'ignore',
    });
    watchers.push(child);
    return join(dir, 'marker', 'spot-termination');
  }
  const marker = (file: string) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return '';
    }
  };
  async function markerOf(file: string): Promise<string> {
    for (let i = 0; i < 100 && !marker(file); i++) await new Promise((r) => setTimeout(r, 100));
    return marker(file);
  }

  it('leaves the reclaim notice in both metadata modes, and none before it', async () => {
    const files = [watch(hardened), watch(normal)];
    await new Promise((r) => setTimeout(r, 1_000));
    expect(files.map(marker)).toEqual(['', '']);
    const hardenedAt = sim.reclaim(hardened).releaseAt;
    const normalAt = sim.reclaim(normal).releaseAt;
    expect(await markerOf(files[0] as string)).toBe(hardenedAt);
    expect(await markerOf(files[1] as string)).toBe(normalAt);
  });
});
