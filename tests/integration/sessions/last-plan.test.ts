import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBootstrap } from '../../../src/main/cloud/demo-machine';
import type { Plan, SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

/** "Launch last plan" brings back the plan that worked, with what its session left. */
describe('the last plan, through the contract', () => {
  let sim: Simulator;
  let c: ContractRuntime;

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 73 });
    inStock(sim);
    c = contractRuntime(sim, {
      ssh: standInSsh([]),
      address: standInAddress(),
      // The set-up and the scrub before an image, as demo machines do them.
      bootstrap: () => demoBootstrap(sim.clock),
    });
  });

  afterAll(async () => {
    await c.dispose();
    await sim.close();
  });

  const operationOver = async (id: string) => {
    for (;;) {
      const view = await c.call<SessionView>('sessions.get', { id });
      if (view.operation && view.operation.state !== 'running') return view;
      await sim.clock.sleep(1000);
    }
  };

  it('after "save as image" and a release with a snapshot: the saved image, the snapshot, the type it ran on', async () => {
    const types = ['ecs.gn6i-c4g1.xlarge', 'ecs.gn5i-c2g1.large'];
    const asked = plan({ name: 'thesis', instanceTypes: types, disk: { kind: 'new', sizeGiB: 60 } });
    const launched = await c.call<SessionView>('sessions.launch', { plan: asked, notebookPassword: 'password-123' });
    const ready = await c.until(launched.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');

    await c.call('sessions.saveImage', { id: ready.id, imageName: 'thesis-image' });
    const imaged = await operationOver(ready.id);
    expect(imaged.operation?.state).toBe('done');
    const imageId = imaged.resources.imageId as string;
    expect(imageId).toMatch(/^m-/);

    await c.call('sessions.release', { id: ready.id, snapshot: true, keepDisk: false });
    const released = await c.until(ready.id, ['released']);
    const snapshotId = released.resources.snapshotIds?.at(-1) as string;
    expect(snapshotId).toMatch(/^s-/);

    const last = await c.call<Plan>('sessions.lastPlan');
    expect(last).toMatchObject({
      name: 'thesis',
      regionId: asked.regionId,
      image: { kind: 'custom', imageId },
      disk: { kind: 'snapshot', snapshotId },
    });
    // The type that ran comes first; the others stay as fallbacks.
    expect(last.instanceTypes[0]).toBe(ready.instanceType);
    expect([...last.instanceTypes].sort()).toEqual([...types].sort());

    // A later launch that never worked does not replace it; "Launch again" from it brings its own plan.
    const refused = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'toocheap', spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.001 } }),
      notebookPassword: 'password-123',
    });
    expect((await c.until(refused.id, ['failed', 'ready'])).phase).toBe('failed');
    expect(await c.call<Plan>('sessions.lastPlan')).toMatchObject({ name: 'thesis', image: { imageId } });
    expect(await c.call<Plan>('sessions.lastPlan', { id: refused.id })).toMatchObject({
      name: 'toocheap',
      spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.001 },
      image: { kind: 'ubuntu' },
    });

    // The saved image deleted: the plan falls back to public Ubuntu; the snapshot still comes back.
    const { api } = await c.runtime.services.cloud.get();
    await api.deleteImage({ regionId: asked.regionId, imageId, force: true });
    expect(await c.call<Plan>('sessions.lastPlan')).toMatchObject({
      image: { kind: 'ubuntu', version: '22.04' },
      disk: { kind: 'snapshot', snapshotId },
    });
  });
});
