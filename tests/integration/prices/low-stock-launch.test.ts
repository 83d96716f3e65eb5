import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { ALL, offerKey, pricesOnSim } from '../../support/sim-prices';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 3, speed: 60 });
  // At least one offer with low stock, whatever the seeded market holds at the test instant.
  s.sim.setSpotStock({ regionId: 'us-west-1', instanceType: 'ecs.gn6i-c4g1.xlarge', stock: 'ClosedWithStock' });
});
afterEach(async () => {
  await s.close();
});

describe('low stock (ClosedWithStock)', () => {
  it('is listed as such among what can be bought, and a launch there reaches a running notebook machine', async () => {
    const { service } = pricesOnSim(s);
    await service.scan({ refresh: false, filters: ALL, sort: 'price', limit: 1 });
    await service.settled();
    const listed = await service.scan({
      refresh: false,
      filters: { ...ALL, inStockOnly: true },
      sort: 'price',
      limit: 2000,
    });
    const low = listed.offers.find((o) => o.stock === 'ClosedWithStock' && o.gpuCount === 1);
    if (!low) throw new Error('no low-stock offer in this market');
    expect(s.sim.spotOffers().find((o) => offerKey(o) === offerKey(low))?.stock).toBe('ClosedWithStock');
    expect(low.priceExact).toBe(true);

    const h = launchHarness(s);
    const session = await h.manager.launch(
      plan({ regionId: low.regionId, zoneId: low.zoneId, instanceTypes: [low.instanceType] }),
    );
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.phase).toBe('ready');
    expect(ready.attempts.at(-1)).toMatchObject({
      zoneId: low.zoneId,
      instanceType: low.instanceType,
      outcome: 'running',
    });
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  }, 60_000);
});
