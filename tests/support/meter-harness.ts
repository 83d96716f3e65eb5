import { silentLogger } from '../../src/main/log/logger';
import type { BudgetEvent } from '../../src/main/meter/budget-guard';
import { MeterService } from '../../src/main/meter/meter-service';
import { RateFeed } from '../../src/main/meter/rate-feed';
import type { SessionRecord } from '../../src/main/sessions';
import type { Ticker } from '../../src/shared/clock';
import { type Settings, settingsSchema } from '../../src/shared/contract/settings';
import type { MeterView } from '../../src/shared/meter';
import type { SimApi } from '../integration/aliyun/sim-api';
import { inStock, launchHarness, plan, untilPhase } from './launch-harness';
import { stepTime } from './stepped-time';

/** A ticker the test drives by hand, recording whether a timer is armed. */
export function manualTicker() {
  const armed: Array<() => void> = [];
  const ticker: Ticker = {
    every(_ms, run) {
      armed.push(run);
      return () => armed.splice(armed.indexOf(run), 1);
    },
  };
  return { ticker, armed };
}

/** A meter over the simulator's prices and clock, recording every view it sends and every budget event. */
export function meterFor(
  sim: SimApi,
  records: () => Promise<SessionRecord[]>,
  ticker: Ticker,
  ticks: MeterView[],
  options: { settings?: () => Partial<Settings>; budgets?: BudgetEvent[] } = {},
) {
  return new MeterService({
    records,
    clock: async () => sim.sim.clock,
    rates: new RateFeed(
      async () => sim.api,
      () => sim.sim.clock,
      silentLogger,
    ),
    settings: () => settingsSchema.parse(options.settings?.() ?? {}),
    ticker,
    onTick: (v) => ticks.push(v),
    onBudget: (e) => options.budgets?.push(e),
    log: silentLogger,
  });
}

/** What the simulator bills per hour right now for the resources named (CNY/h), from its own ledger. */
export function simRatePerHour(s: SimApi, resourceIds?: string[]): number {
  const ledger = s.sim.ledger();
  return ledger.entries
    .filter((e) => e.open && (!resourceIds || resourceIds.some((id) => e.resourceId.startsWith(id))))
    .reduce((sum, e) => sum + e.unitPrice * e.quantity, 0);
}

/**
 * A session launched and ready on a clock moved one event at a time, with a meter over its
 * journal that looks again at every change.
 */
export async function meteredLaunch(s: SimApi) {
  const time = stepTime(s.sim);
  inStock(s.sim);
  const h = launchHarness(s);
  const meter = meterFor(s, async () => h.manager.records(), manualTicker().ticker, []);
  h.deps.onChange = () => void meter.update();
  const session = await h.manager.launch(plan());
  const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
  if (ready.phase !== 'ready') throw new Error(`the launch ended ${ready.phase}`);
  return { h, meter, time, session, ready };
}
