import { afterEach, describe, expect, it } from 'vitest';
import { createAliyunApi } from '../../../src/main/aliyun';
import { everythingLeft, inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

const nothingLeft = () => everythingLeft(s, { snapshots: true });

describe('launch preconditions', () => {
  it('a balance below ¥100 fails with a message saying to top up, and leaves nothing', async () => {
    s = await startSimApi({ seed: 4, balance: 50 });
    inStock(s.sim);
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const failed = await untilPhase(s, h.manager, session.id, ['failed', 'ready']);
    expect(failed.phase).toBe('failed');
    expect(failed.error?.cloudCode).toBe('InvalidAccountStatus.NotEnoughBalance');
    expect(failed.error?.text.en).toMatch(/100/);
    expect(failed.error?.text.zh).toMatch(/100/);
    // The dry run said so before any disk was made.
    expect(s.sim.requests().some((r) => r.action === 'CreateDisk')).toBe(false);
    expect(nothingLeft()).toEqual([]);
    expect(h.notices.map((n) => n.kind)).toEqual(['failed']);
  });

  it('an exhausted spot vCPU quota is caught before anything is created, naming where to raise it', async () => {
    s = await startSimApi({ seed: 4, assumptions: { maxSpotVcpu: 2 } });
    inStock(s.sim);
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const failed = await untilPhase(s, h.manager, session.id, ['failed', 'ready']);
    expect(failed.error?.code).toBe('launch.quota');
    expect(failed.error?.text.en).toMatch(/Quota Center/);
    expect(failed.error?.text.zh).toMatch(/配额/);
    expect(s.sim.requests().some((r) => /^Create|RunInstances|Import/.test(r.action))).toBe(false);
    expect(nothingLeft()).toEqual([]);
  });

  it('wrong credentials say so, and nothing is created', async () => {
    s = await startSimApi({ seed: 4 });
    inStock(s.sim);
    const wrong = createAliyunApi({
      credentials: { accessKeyId: s.sim.accessKeyId, accessKeySecret: 'not-the-secret-at-all' },
      endpoints: { kind: 'fixed', url: s.sim.endpoint },
      clock: s.sim.clock,
    });
    const h = launchHarness({ ...s, api: wrong });
    const session = await h.manager.launch(plan());
    const failed = await untilPhase(s, h.manager, session.id, ['failed', 'ready']);
    expect(failed.error?.code).toBe('cloud.signature');
    expect(failed.error?.text.en).toMatch(/AccessKey/i);
    expect(nothingLeft()).toEqual([]);
    wrong.close();
  });

  it('a price limit below the market is refused before anything is created, with the current price', async () => {
    s = await startSimApi({ seed: 4 });
    inStock(s.sim);
    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.01 } }));
    const failed = await untilPhase(s, h.manager, session.id, ['failed', 'ready']);
    expect(failed.error?.code).toBe('launch.priceLimitBelowMarket');
    expect(failed.error?.text.en).toMatch(/follow the market/);
    expect(s.sim.requests().some((r) => /^Create|RunInstances|Import/.test(r.action))).toBe(false);
    expect(nothingLeft()).toEqual([]);
  });
});
