import type { FaultControl, SimulatorControl, SpotPriceInput, UnkindControl } from './admin/simulator-control';
import type { SpotOffer, SpotOfferFilter } from './admin/spot-offers';
import type { ValidationReport } from './admin/validate';
import type { LedgerReport } from './billing/ledger';
import type { SimClock } from './clock/sim-clock';
import type { Assumptions } from './config/assumptions';
import type { UnkindInput } from './config/unkind';
import type { FaultConfigInput } from './faults/fault-config';
import type { InstanceHost } from './instance-host';
import type { StockPin } from './market/spot-market';
import type { SimEvent } from './state/event-log';
import type { CallerIdentityType } from './state/world';
import type { RequestRecord } from './transport/request-log';

export interface SimulatorOptions {
  /** 0/undefined = a free port. */
  port?: number;
  /** Loopback only (127.0.0.0/8, ::1 or localhost); default 127.0.0.1. */
  host?: string;
  /** Simulated time runs this many times faster than wall time (default 1; 0 = paused, move it with clock.advance). */
  speed?: number;
  /** Simulated start time (ms since the epoch); default: now. */
  startTime?: number;
  /** Seeds the spot market, ids and fault draws (default: random). */
  seed?: number;
  /** AccessKey pairs accepted (one account); default: one generated pair. */
  accounts?: Array<{ accessKeyId: string; accessKeySecret: string }>;
  /** Who the keys belong to as STS GetCallerIdentity answers: a RAM user (default) or the account's root. */
  identity?: CallerIdentityType;
  /** Machines behind the instances; default none. The simulator never closes it. */
  instanceHost?: InstanceHost;
  /** Simulated ms per state transition (see DEFAULT_DELAYS). */
  delays?: Partial<Record<string, number>>;
  /** CNY; default 1000. */
  balance?: number;
  /** Unverified behaviour, overridable (see DEFAULT_ASSUMPTIONS). */
  assumptions?: Partial<Assumptions>;
  /** Faults active from the start. */
  faults?: FaultConfigInput;
  /**
   * The cloud as slow, busy and abrupt as the real one (README "Unkind behaviours"): `true` turns
   * every behaviour on, an object turns on the ones it names; default: all off.
   */
  unkind?: UnkindInput;
  /**
   * Keep the account in this file: it is read at start (resources, bills, ids and ClientTokens
   * as they were, changes under way taken up again) and written after every change. Demo mode
   * uses it so sessions, snapshots and images survive a restart of the app.
   */
  stateFile?: string;
  /**
   * Serve the admin API under /_sim (default true, for tests and `npm run sim`). It has no
   * authentication, so the app's own demo simulator turns it off: any local process could
   * otherwise read the demo account or inject faults. The typed methods stay in process.
   */
  adminRoutes?: boolean;
}

/** A running simulator: the API endpoint, its credentials, the admin API and its typed equivalents. */
export interface Simulator {
  /** e.g. "http://127.0.0.1:41234": serves ECS, VPC and STS (dispatch on Version). */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** endpoint + "/_sim" (answered only with `adminRoutes`). */
  admin: string;
  seed: number;
  /** The simulated clock (implements Clock), with setSpeed, advance and schedule. */
  clock: SimClock;
  faults: FaultControl;
  /** The unkind behaviours in force, switchable at run time. */
  unkind: UnkindControl;
  reclaim(instanceId: string, options?: { noticeMs?: number }): { instanceId: string; releaseAt: string };
  /** The instance's OS shuts it down now (a poweroff inside it): Stopped in standard mode, compute still billed. */
  osShutdown(instanceId: string): { instanceId: string; status: string; stoppedMode: string };
  ledger(): LedgerReport;
  resources(): ReturnType<SimulatorControl['resources']>;
  validate(): ValidationReport;
  /** GPU offers unless `kind` says `cpu` or `all` (a named `instanceType` is listed whatever its kind). */
  spotOffers(filter?: SpotOfferFilter): SpotOffer[];
  setSpotPrice(input: SpotPriceInput): void;
  clearSpotPrices(): void;
  /**
   * Sets the stock of the matching spot offers (fields left out match all) at every hour, in
   * place of the seeded outages and low-stock stretches; throws when nothing matches. Capacity,
   * `noStock` and `closedStock` faults still apply.
   */
  setSpotStock(pin: StockPin): void;
  clearSpotStock(): void;
  /** Whose keys these are from now on, as GetCallerIdentity answers. */
  setIdentity(type: CallerIdentityType): void;
  balance(): number;
  setBalance(balance: number): void;
  reset(): Promise<void>;
  requests(limit?: number): RequestRecord[];
  clearRequests(): void;
  events(): SimEvent[];
  /** API calls being answered right now: their action and when (wall ms) each arrived. */
  inFlight(): Array<{ action: string; since: number }>;
  terminationTime(instanceId: string): string | undefined;
  /** Resolves once every queued instance-host call has settled. */
  idle(): Promise<void>;
  /** Stops timers and the server (never closes the instance host). */
  close(): Promise<void>;
}
