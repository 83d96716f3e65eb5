import { silentLogger } from '../../src/main/log/logger';
import type { BudgetEvent } from '../../src/main/meter/budget-guard';
import { MeterService } from '../../src/main/meter/meter-service';
import { RateFeed } from '../../src/main/meter/rate-feed';
import type { SessionRecord } from '../../src/main/sessions';
import type { Ticker } from '../../src/shared/clock';
import { type Settings, settingsSchema } from '../../src/shared/contract/settings';
import type { MeterView } from '../../src/shared/meter';
import type { SimApi } from '../integration/aliyun/sim-api';

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
