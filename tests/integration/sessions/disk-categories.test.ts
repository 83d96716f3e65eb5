import { describe, expect, it } from 'vitest';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { REGION, simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const startSim = simPerTest();
/** gn5 takes only ultra and standard SSD disks (the simulator's diskCategoriesByFamily, on in session tests). */
const GN5 = 'ecs.gn5-c4g1.xlarge';
const GN6I = 'ecs.gn6i-c4g1.xlarge';

interface SimDisk {
  id: string;
  type: string;
  category: string;
  instanceId: string;
  status: string;
}
const disksOf = (sim: SimApi, instanceId: string) =>
  (sim.sim.resources() as unknown as { disks: SimDisk[] }).disks.filter(
    (d) => d.instanceId === instanceId && d.status !== 'Deleted',
  );

describe('disk categories a GPU family refuses', () => {
  it('a new ESSD data disk (and the ESSD system disk) on gn5: the next category the family takes, never "invalid input"', async () => {
    const sim = await startSim(47);
    inStock(sim.sim, REGION, GN5);
    const h = launchHarness(sim);
    const session = await h.manager.launch(plan({ instanceTypes: [GN5], disk: { kind: 'new', sizeGiB: 40 } }));
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.phase).toBe('ready');
    const disks = disksOf(sim, ready.resources.instanceId as string);
    expect(disks.find((d) => d.type === 'system')?.category).toBe('cloud_efficiency');
    expect(disks.find((d) => d.type === 'data')?.category).toBe('cloud_efficiency');
    // The meter bills the system disk in the category the cloud bills.
    const system = h.journal.get(session.id)?.billing?.disks.find((d) => d.diskId.startsWith('system:'));
    expect(system?.category).toBe('cloud_efficiency');
  });

  it('the user’s ESSD disk keeps its category: a gn5 first choice gives way to the next type', async () => {
    const sim = await startSim(48);
    // gn5 on sale too: the launch must turn it down for the disk, not for the market.
    inStock(sim.sim, REGION, GN5);
    const h = launchHarness(sim);
    const first = await h.manager.launch(plan({ instanceTypes: [GN6I] }));
    const ready = await untilPhase(sim, h.manager, first.id, ['ready', 'failed']);
    const diskId = ready.resources.diskId as string;
    await h.manager.release(first.id, { snapshot: false, keepDisk: true });
    const again = await h.manager.launch(
      plan({ instanceTypes: [GN5, GN6I], disk: { kind: 'existing', diskId, afterMove: 'delete' } }),
    );
    const second = await untilPhase(sim, h.manager, again.id, ['ready', 'failed']);
    expect(second.error).toBeUndefined();
    expect(second.phase).toBe('ready');
    expect(second.instanceType).toBe(GN6I);
    expect(second.resources.diskId).toBe(diskId);
    expect(second.attempts.filter((a) => a.instanceType === GN5).every((a) => a.outcome === 'failed')).toBe(true);
    expect(second.attempts.at(-1)).toMatchObject({ instanceType: GN6I, outcome: 'running' });
    const data = (await sim.api.describeDisks({ regionId: REGION, diskIds: [diskId] })).disks[0];
    expect(data?.category).toBe('cloud_essd');
  });
});
