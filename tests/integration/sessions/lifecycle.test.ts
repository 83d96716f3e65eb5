import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sameRange } from '../../../src/shared/address-range';
import {
  EGRESS,
  everythingLeft,
  inStock,
  launchHarness,
  leftovers,
  plan,
  untilPhase,
} from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 3 });
  inStock(s.sim);
});
afterEach(async () => {
  await s.close();
});

describe('session lifecycle on the simulator', () => {
  it('launches to SSH reachable, stops, starts, releases with a snapshot, and leaves only the snapshot', async () => {
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.phase).toBe('ready');
    expect(ready.steps.filter((x) => x.id !== 'bootstrap').every((x) => x.state === 'done')).toBe(true);
    expect(ready.resources.publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(h.logins).toContain(ready.resources.publicIp);
    const launchCalls = h.manager.calls(session.id);

    // The security group ends up open only to the user's address.
    const rules = await s.api.describeAllSecurityGroupPermissions({
      regionId: 'us-west-1',
      securityGroupId: ready.resources.securityGroupId as string,
      direction: 'ingress',
    });
    // The cloud may echo the address bare or as its /32: the same rule either way.
    const own = (cidr: string) => (sameRange(cidr, `${EGRESS}/32`) ? `${EGRESS}/32` : cidr);
    expect(rules.map((r) => `${r.portRange} ${own(r.sourceCidrIp)}`).sort()).toEqual([
      `22/22 ${EGRESS}/32`,
      `8888/8888 ${EGRESS}/32`,
    ]);

    // The data disk outlives the instance.
    const disk = (await s.api.describeDisks({ regionId: 'us-west-1', diskIds: [ready.resources.diskId as string] }))
      .disks[0];
    expect(disk).toMatchObject({ status: 'In_use', deleteWithInstance: false, instanceId: ready.resources.instanceId });

    const stopped = await h.manager.stop(session.id);
    expect(stopped.phase).toBe('stopped');
    expect(stopped.billingStopped).toBe(true);
    const started = await h.manager.start(session.id);
    expect(started.phase).toBe('ready');
    expect(started.resources.publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    const before = h.manager.calls(session.id);
    const released = await h.manager.release(session.id, { snapshot: true, keepDisk: false });
    expect(released.phase).toBe('released');
    const after = h.manager.calls(session.id);
    const releaseWork = after.work - before.work;

    const left = leftovers(s);
    expect(left.instances).toEqual([]);
    expect(left.disks).toEqual([]);
    expect(left.vpcs).toEqual([]);
    expect(left.vSwitches).toEqual([]);
    expect(left.securityGroups).toEqual([]);
    expect(left.keyPairs).toEqual([]);
    expect(left.snapshots.map((x) => x.id)).toEqual(released.resources.snapshotIds);
    expect(left.snapshots[0]?.status).toBe('accomplished');
    expect(s.sim.validate().ok).toBe(true);

    const ledger = s.sim.ledger();
    const byType = new Map<string, number>();
    for (const r of ledger.resources) byType.set(r.resourceType, (byType.get(r.resourceType) ?? 0) + r.cost);
    expect(byType.get('instance') ?? 0).toBeGreaterThan(0);
    const total = launchCalls.work + releaseWork;
    console.log(
      `calls per launch+release (without polls): ${total} (launch ${launchCalls.work}, release ${releaseWork}); polls ${after.polls}; ledger ¥${ledger.total.toFixed(4)} ${JSON.stringify(Object.fromEntries([...byType].map(([k, v]) => [k, Number(v.toFixed(4))])))}`,
    );
    // Every release, stop or delete reads its resource first (Danlu's tag, right before acting),
    // and the session's own rules are revoked and its group deleted: those calls are in the budget.
    expect(total).toBeLessThanOrEqual(40);
  });

  it('tries the next zone when the first is sold out, and reports every attempt', async () => {
    // Two zones in stock (made, not hoped for); the first one sells out between the pre-flight and RunInstances.
    const zones = inStock(s.sim);
    expect(zones.length).toBeGreaterThan(1);
    const first = zones[0] as string;
    s.sim.faults.add({
      rules: [{ kind: 'error', code: 'OperationDenied.NoStock', status: 403, actions: ['RunInstances'], times: 1 }],
    });
    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ zoneId: first }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(ready.attempts.map((a) => a.outcome)).toEqual(['no_stock', 'running']);
    expect(ready.attempts[0]?.zoneId).toBe(first);
    expect(ready.zoneId).not.toBe(first);
    // The new disk followed the instance to the new zone; nothing stayed behind in the first.
    const disks = leftovers(s).disks.filter((d) => d.type === 'data');
    expect(disks.map((d) => d.zoneId)).toEqual([ready.zoneId]);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(leftovers(s).disks).toEqual([]);
  });

  it('cancelled half-way leaves nothing behind', async () => {
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    await untilPhase(s, h.manager, session.id, ['launching']);
    for (;;) {
      const view = h.manager.get(session.id);
      if (view.steps.find((x) => x.id === 'instance')?.state === 'done') break;
      await s.sim.clock.sleep(500);
    }
    const cancelled = await h.manager.cancel(session.id);
    expect(cancelled.phase).toBe('cancelled');
    expect(everythingLeft(s)).toEqual([]);
  });
});
