import { afterEach, describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/shared/words/message';
import { everythingLeft, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

const REGION = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

describe('ClosedWithStock: sold, not replenished', () => {
  it('a type whose every zone has low stock still launches, and the attempt says low stock', async () => {
    s = await startSimApi({
      seed: 3,
      assumptions: { spotStockOutageRate: 0 },
      faults: { closedStock: [{ regionId: REGION, instanceType: TYPE }] },
    });
    const categories = await s.api.describeAvailableResource({
      regionId: REGION,
      destinationResource: 'InstanceType',
      spotStrategy: 'SpotAsPriceGo',
      instanceType: TYPE,
    });
    const offered = categories.zones.flatMap((z) => z.resources.flatMap((r) => r.supported));
    expect(offered.length).toBeGreaterThan(0);
    expect(new Set(offered.map((o) => `${o.status}/${o.statusCategory}`))).toEqual(
      new Set(['Available/ClosedWithStock']),
    );

    const lines: string[] = [];
    const h = launchHarness(s);
    h.deps.onLog = (_id, message) => lines.push(renderMessage(message, 'en'));
    const session = await h.manager.launch(plan({ instanceTypes: [TYPE] }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.phase).toBe('ready');
    expect(ready.attempts.at(-1)).toMatchObject({ outcome: 'running', lowStock: true });
    expect(lines.some((l) => /low stock/.test(l))).toBe(true);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(everythingLeft(s)).toEqual([]);
  });

  it('a zone with replenished stock is tried before a low-stock one', async () => {
    s = await startSimApi({ seed: 3, assumptions: { spotStockOutageRate: 0, spotStockLowRate: 0 } });
    const zones = s.sim.spotOffers({ regionId: REGION, instanceType: TYPE }).map((o) => o.zoneId);
    expect(zones.length).toBeGreaterThan(1);
    // The cheapest zone is the low-stock one: still, the other goes first.
    const low = zones[0] as string;
    s.sim.setSpotPrice({ regionId: REGION, zoneId: low, instanceType: TYPE, price: 0.5 });
    s.sim.faults.add({ closedStock: [{ regionId: REGION, zoneId: low, instanceType: TYPE }] });
    expect(s.sim.spotOffers({ regionId: REGION, zoneId: low, instanceType: TYPE })[0]?.stock).toBe('ClosedWithStock');

    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ instanceTypes: [TYPE] }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(ready.attempts).toHaveLength(1);
    expect(ready.zoneId).not.toBe(low);
    expect(ready.attempts[0]?.lowStock).toBeUndefined();
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  });

  it('a low-stock offer that has sold out is ClosedWithoutStock and not tried', async () => {
    s = await startSimApi({
      seed: 3,
      assumptions: { spotStockOutageRate: 0, spotStockLowRate: 0 },
      faults: {
        closedStock: [{ regionId: REGION, instanceType: TYPE }],
        noStock: [{ regionId: REGION, instanceType: TYPE }],
      },
    });
    expect(new Set(s.sim.spotOffers({ regionId: REGION, instanceType: TYPE }).map((o) => o.stock))).toEqual(
      new Set(['ClosedWithoutStock']),
    );
    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ instanceTypes: [TYPE] }));
    const failed = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(failed.error?.code).toBe('launch.noStock');
    expect(s.sim.requests().some((r) => r.action === 'RunInstances')).toBe(false);
    expect(everythingLeft(s)).toEqual([]);
  });
});
