import { startSimulatorServer } from './server/start-server';
import type { Simulator, SimulatorOptions } from './simulator-types';

export type { FaultControl, SpotPriceInput, UnkindControl } from './admin/simulator-control';
export type { SpotOffer } from './admin/spot-offers';
export type { ValidationReport } from './admin/validate';
export type { LedgerEntry, LedgerReport, LedgerResourceTotal } from './billing/ledger';
export type { SimClock } from './clock/sim-clock';
export type { Assumptions } from './config/assumptions';
export { DEFAULT_ASSUMPTIONS } from './config/assumptions';
export { DEFAULT_DELAYS, type DelayName } from './config/delays';
export { KIND, UNKIND, type UnkindInput, type Unkindness } from './config/unkind';
export type { FaultConfig, FaultConfigInput, FaultRule, NoStockRule, ThrottleRule } from './faults/fault-config';
export type { PinnedStock, StockPin } from './market/spot-market';
export type { Simulator, SimulatorOptions } from './simulator-types';
export type { SimEvent } from './state/event-log';
export type { RequestRecord } from './transport/request-log';

/** Starts the simulator on a loopback port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulatorServer(options);
}
