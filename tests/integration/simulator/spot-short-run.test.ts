import { afterEach, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { type CloudCalls, cloudCalls, IMAGE, network } from './support/cloud-calls';
import { START } from './support/sim-time';

// Current spot billing: an instance with the one-hour protection that runs an hour or less is
// billed at the price at purchase time; one that runs longer, at each period's market price.
const R = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
const MIN = 60_000;
const P0 = 1.2;
const P1 = 3.0;
let sim: Simulator;

afterEach(async () => sim?.close());

async function start(spotShortRunAtPurchasePrice?: boolean) {
  sim = await startTestSimulator({
    seed: 67,
    speed: 0,
    startTime: START,
    assumptions: {
      spotStockOutageRate: 0,
      ...(spotShortRunAtPurchasePrice === false ? { spotShortRunAtPurchasePrice } : {}),
    },
  });
  const call = cloudCalls(sim, R);
  const offer = sim.spotOffers({ regionId: R, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
  if (!offer) throw new Error('no stock for this seed');
  const net = await network(sim, call, offer.zoneId);
  // The market: P0 at purchase, P1 from 20 minutes later on, for good.
  const t0 = sim.clock.now();
  sim.setSpotPrice({ regionId: R, zoneId: offer.zoneId, instanceType: TYPE, price: P0, from: t0 });
  sim.setSpotPrice({ regionId: R, zoneId: offer.zoneId, instanceType: TYPE, price: P1, from: t0 + 20 * MIN });
  const run = async (spotDuration: number) =>
    (
      await call.ecs('RunInstances', {
        ...net,
        ImageId: IMAGE,
        InstanceType: TYPE,
        SpotStrategy: 'SpotAsPriceGo',
        SpotDuration: spotDuration,
      })
    ).InstanceIdSets.InstanceIdSet[0] as string;
  return { call, run };
}

const release = (call: CloudCalls, id: string) => call.ecs('DeleteInstance', { InstanceId: id, Force: true });
/** CNY of compute billed for the instance, rounded to the fen's hundredth. */
const compute = (id: string) =>
  Math.round((sim.ledger().resources.find((r) => r.resourceId === id)?.cost ?? 0) * 10_000) / 10_000;
const cny = (n: number) => Math.round(n * 10_000) / 10_000;

it('bills a protected instance released within the hour at the price at purchase', async () => {
  const { call, run } = await start();
  const id = await run(1);
  await sim.clock.advance(50 * MIN);
  await release(call, id);
  await sim.clock.advance(10 * MIN);
  // Force on a running instance: five seconds of power-off before it is gone.
  expect(compute(id)).toBe(cny((P0 * (50 * MIN + 5_000)) / (60 * MIN)));
  await sim.clock.advance(60 * MIN);
  expect(compute(id)).toBe(cny((P0 * (50 * MIN + 5_000)) / (60 * MIN)));
});

it('bills one that runs past the hour at the market price of every period, its first hour too', async () => {
  const { call, run } = await start();
  const id = await run(1);
  await sim.clock.advance(40 * MIN);
  expect(compute(id)).toBe(cny((P0 * 40) / 60));
  await sim.clock.advance(80 * MIN);
  await release(call, id);
  await sim.clock.advance(MIN);
  expect(compute(id)).toBe(cny((P0 * 20 * MIN + P1 * (100 * MIN + 5_000)) / (60 * MIN)));
});

it('bills an unprotected instance, and any with the assumption off, at the market price of every period', async () => {
  const first = await start();
  const unprotected = await first.run(0);
  await sim.clock.advance(50 * MIN);
  await release(first.call, unprotected);
  await sim.clock.advance(MIN);
  expect(compute(unprotected)).toBe(cny((P0 * 20 * MIN + P1 * (30 * MIN + 5_000)) / (60 * MIN)));
  await sim.close();

  const second = await start(false);
  const id = await second.run(1);
  await sim.clock.advance(50 * MIN);
  await release(second.call, id);
  await sim.clock.advance(MIN);
  expect(compute(id)).toBe(cny((P0 * 20 * MIN + P1 * (30 * MIN + 5_000)) / (60 * MIN)));
});
