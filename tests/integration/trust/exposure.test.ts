import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AliyunApi, createAliyunApi } from '../../../src/main/aliyun';
import type { SessionView } from '../../../src/shared/session';
import { isWorldOpen } from '../../../src/shared/source-address';
import { type Message, renderMessage } from '../../../src/shared/words/message';
import type { Simulator } from '../../../src/simulator';
import { type AddressServers, startAddressServers } from '../../support/address-servers';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { plan, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

const REGION = 'us-west-1';

describe('Danlu opens nothing to the world: rules belong to the session and follow the user', () => {
  let sim: Simulator;
  let api: AliyunApi;
  let servers: AddressServers;
  let c: ContractRuntime;
  let a: SessionView;

  /** Every ingress rule of every security group in the region, as "group port source". */
  const rules = async () => {
    const groups = await api.describeAllSecurityGroups({ regionId: REGION });
    const out: Array<{ group: string; port: string; source: string }> = [];
    for (const g of groups) {
      const permissions = await api.describeAllSecurityGroupPermissions({
        regionId: REGION,
        securityGroupId: g.securityGroupId,
        direction: 'ingress',
      });
      for (const p of permissions)
        out.push({ group: g.securityGroupId, port: p.portRange, source: p.sourceCidrIp || p.ipv6SourceCidrIp });
    }
    return out;
  };
  /** Nothing open to everyone, and every rule Danlu holds opens 22 or 8888 to `cidr` in `group`. */
  const onlyOpenTo = async (group: string, cidr: string) => {
    const all = await rules();
    expect(all.filter((r) => isWorldOpen(r.source))).toEqual([]);
    expect(all.map((r) => `${r.group} ${r.port} ${r.source}`).sort()).toEqual(
      [`${group} 22/22 ${cidr}`, `${group} 8888/8888 ${cidr}`].sort(),
    );
  };
  const start = (dataDir?: string) => contractRuntime(sim, { ssh: standInSsh([]), addressCa: servers.ca }, dataDir);

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 61, assumptions: { spotStockOutageRate: 0 } });
    api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    servers = await startAddressServers(2, '198.51.100.7');
    c = start();
    await c.call('settings.update', { addressEndpoints: servers.urls });
  });

  afterAll(async () => {
    await c?.dispose();
    api?.close();
    await servers?.close();
    await sim?.close();
  });

  it('opens SSH and the notebook only to the address two services agree on, and closes what an older version left open', async () => {
    // An older Danlu left its region-wide group with SSH open to everyone.
    const { vpcId } = await api.createVpc({
      regionId: REGION,
      cidrBlock: '172.16.0.0/12',
      clientToken: 'legacy-vpc',
      tags: [{ key: 'danlu:kit', value: 'network' }],
    });
    for (
      let i = 0;
      i < 60 && (await api.describeAllVpcs({ regionId: REGION, vpcIds: [vpcId] }))[0]?.status !== 'Available';
      i++
    )
      await sim.clock.sleep(1000);
    const { securityGroupId: legacy } = await api.createSecurityGroup({
      regionId: REGION,
      vpcId,
      clientToken: 'legacy-sg',
      tags: [{ key: 'danlu:kit', value: 'network' }],
    });
    await api.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId: legacy,
      rules: [{ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '0.0.0.0/0' }],
    });

    a = await c.call<SessionView>('sessions.launch', { plan: plan({ name: 'aa' }), notebookPassword: 'password-123' });
    a = await c.until(a.id, ['ready', 'failed']);
    expect(a.error).toBeUndefined();
    expect(renderMessage(a.steps.find((s) => s.id === 'access')?.detail as Message, 'en')).toMatch(
      /198\.51\.100\.7\/32: 198\.51\.100\.7, as 2 address services agree/,
    );
    expect(a.resources.securityGroupId).not.toBe(legacy);
    await onlyOpenTo(a.resources.securityGroupId as string, '198.51.100.7/32');
  });

  it('takes the rules of a failed and of a cancelled launch away with them, leaving the live session alone', async () => {
    sim.faults.add({
      rules: [{ kind: 'error', code: 'InvalidParameter', status: 400, actions: ['RunInstances'], times: 1 }],
    });
    const failed = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'bb' }),
      notebookPassword: 'password-123',
    });
    const failedEnd = await c.until(failed.id, ['failed', 'ready']);
    expect(failedEnd.phase).toBe('failed');
    expect(failedEnd.steps.find((s) => s.id === 'securityGroup')?.state).toBe('done');
    await onlyOpenTo(a.resources.securityGroupId as string, '198.51.100.7/32');

    const cancelled = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'cc' }),
      notebookPassword: 'password-123',
    });
    for (;;) {
      const view = await c.call<SessionView>('sessions.get', { id: cancelled.id });
      if (view.steps.find((s) => s.id === 'securityGroup')?.state === 'done') break;
      await sim.clock.sleep(200);
    }
    expect((await c.call<SessionView>('sessions.cancel', { id: cancelled.id })).phase).toBe('cancelled');
    await onlyOpenTo(a.resources.securityGroupId as string, '198.51.100.7/32');
  });

  it('moves the rules when the user starts again from another address, or restarts the app from one', async () => {
    await c.call('sessions.stop', { id: a.id });
    servers.answerAll('203.0.113.50');
    const started = await c.call<SessionView>('sessions.start', { id: a.id });
    expect(started.phase).toBe('ready');
    await onlyOpenTo(a.resources.securityGroupId as string, '203.0.113.50/32');

    await c.dispose();
    servers.answerAll('203.0.113.60');
    c = start(c.dataDir);
    // The app, back up (the window lists the sessions), learns the address again for the one that is up.
    await c.call('sessions.list');
    for (let i = 0; i < 100; i++) {
      const all = await rules();
      if (all.some((r) => r.source === '203.0.113.60/32')) break;
      await sim.clock.sleep(1000);
    }
    await onlyOpenTo(a.resources.securityGroupId as string, '203.0.113.60/32');
  });

  it('stops a launch, and a start, when it cannot tell where the user is, saying why', async () => {
    servers.answer(0, '203.0.113.60');
    servers.answer(1, '198.51.100.99');
    const before = await rules();
    const unknown = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'dd' }),
      notebookPassword: 'password-123',
    });
    const end = await c.until(unknown.id, ['failed', 'ready']);
    expect(end.phase).toBe('failed');
    expect(end.error).toMatchObject({
      code: 'access.addressUnknown',
      text: { en: expect.stringMatching(/could not learn your public IPv4 address: the address services disagree/) },
    });
    expect(end.steps.find((s) => s.id === 'securityGroup')?.state).toBe('pending');
    expect(await rules()).toEqual(before);

    await c.call('sessions.stop', { id: a.id });
    await expect(c.call('sessions.start', { id: a.id })).rejects.toMatchObject({ code: 'access.addressUnknown' });
    expect((await c.call<SessionView>('sessions.get', { id: a.id })).phase).toBe('stopped');
    await onlyOpenTo(a.resources.securityGroupId as string, '203.0.113.60/32');
  });

  it('after a reclaim, recovers from the current address and takes the old rules away; release leaves no rule at all', async () => {
    servers.answerAll('203.0.113.70');
    a = await c.call<SessionView>('sessions.start', { id: a.id });
    sim.reclaim(a.resources.instanceId as string);
    await c.until(a.id, ['interrupted']);
    const recovered = await c.call<SessionView>('sessions.recover', { id: a.id });
    const ready = await c.until(recovered.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    await onlyOpenTo(ready.resources.securityGroupId as string, '203.0.113.70/32');

    await c.call('sessions.release', { id: recovered.id, snapshot: false, keepDisk: false });
    expect(await rules()).toEqual([]);
    expect(await api.describeAllSecurityGroups({ regionId: REGION })).toEqual([]);
  });
});
