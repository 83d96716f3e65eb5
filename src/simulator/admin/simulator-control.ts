import { isoSeconds } from '../api/time-format';
import type { LedgerReport } from '../billing/ledger';
import type { SimClock } from '../clock/sim-clock';
import { resolveUnkindness, type UnkindInput, type Unkindness } from '../config/unkind';
import type { FaultConfig, FaultConfigInput, FaultRule } from '../faults/fault-config';
import { poweredOffFromOs } from '../lifecycle/os-power-off';
import { noticeReclaim, watchSpotMarket } from '../lifecycle/spot-reclaim';
import type { StockPin } from '../market/spot-market';
import { answerMetadata, type MetadataAnswer, type MetadataRequest } from '../metadata/metadata-service';
import type { EventLog, SimEvent } from '../state/event-log';
import type { World } from '../state/world';
import type { ApiServer } from '../transport/api-server';
import type { RequestLog, RequestRecord } from '../transport/request-log';
import { resourcesView } from './resources-view';
import { type SpotOffer, type SpotOfferFilter, spotOffers } from './spot-offers';
import { type ValidationReport, validate } from './validate';

/** Fault configuration, typed (the same format as /_sim/faults). */
export interface FaultControl {
  get(): FaultConfig;
  /** Replaces everything. */
  set(config: FaultConfigInput): FaultConfig;
  /** Appends rules, noStock and throttle entries. */
  add(config: FaultConfigInput): FaultConfig;
  addRule(rule: FaultRule): FaultConfig;
  clear(): void;
}

/** The unkind behaviours in force (README "Unkind behaviours"). */
export interface UnkindControl {
  get(): Unkindness;
  /** Replaces them: true = all on, false = all off, an object = those behaviours over the plain defaults. */
  set(input: UnkindInput): Unkindness;
  /** Changes only the behaviours named (true/false as in `set`). */
  update(input: UnkindInput): Unkindness;
}

export interface SpotPriceInput {
  regionId: string;
  zoneId: string;
  instanceType: string;
  /** CNY/h. */
  price: number;
  /** Simulated ms; default now. */
  from?: number;
  /** Simulated ms; default: for good. */
  until?: number;
}

/** The in-process equivalent of the admin API. */
export class SimulatorControl {
  readonly faults: FaultControl;
  readonly unkind: UnkindControl;

  constructor(
    private readonly world: World,
    private readonly api: ApiServer,
    private readonly log: RequestLog,
    private readonly events_: EventLog,
    private readonly describe: () => Record<string, unknown>,
  ) {
    const f = world.faults;
    this.faults = {
      get: () => f.get(),
      set: (config) => f.set(config),
      add: (config) => f.add(config),
      addRule: (rule) => f.addRule(rule),
      clear: () => f.clear(),
    };
    this.unkind = {
      get: () => structuredClone(world.unkind),
      set: (input) => {
        world.unkind = resolveUnkindness(input);
        return structuredClone(world.unkind);
      },
      update: (input) => {
        world.unkind = resolveUnkindness(input, world.unkind);
        return structuredClone(world.unkind);
      },
    };
  }

  get clock(): SimClock {
    return this.world.clock;
  }

  info(): Record<string, unknown> {
    return { ...this.describe(), clock: this.clockState(), balance: this.balance() };
  }

  clockState(): { now: number; time: string; speed: number } {
    const now = this.world.now();
    return { now, time: new Date(now).toISOString(), speed: this.world.clock.getSpeed() };
  }

  /** Starts a spot reclaim now: Recycling lock, termination notice, release after `noticeMs` (default 5 simulated minutes). */
  reclaim(instanceId: string, options: { noticeMs?: number } = {}): { instanceId: string; releaseAt: string } {
    const inst = this.world.store.instances.get(instanceId);
    if (!inst) throw new Error(`no instance ${instanceId}`);
    if (inst.spotStrategy === 'NoSpot') throw new Error(`${instanceId} is not a spot instance`);
    noticeReclaim(this.world, inst, this.world.now(), 'reclaimed on request', options.noticeMs);
    return { instanceId, releaseAt: isoSeconds(inst.reclaimAt ?? this.world.now()) };
  }

  /** The instance's OS powers it off now: Stopped in standard mode (KeepCharging), its machine stopped. */
  osShutdown(instanceId: string): { instanceId: string; status: string; stoppedMode: string } {
    const inst = this.world.store.instances.get(instanceId);
    if (!inst) throw new Error(`no instance ${instanceId}`);
    if (!poweredOffFromOs(this.world, inst, this.world.now(), true)) {
      throw new Error(`${instanceId} is ${inst.status}: only a running instance can shut itself down`);
    }
    return { instanceId, status: inst.status, stoppedMode: inst.stoppedMode };
  }

  ledger(): LedgerReport {
    return this.world.ledger.report(this.world.now());
  }

  resources(): ReturnType<typeof resourcesView> {
    return resourcesView(this.world);
  }

  validate(): ValidationReport {
    return validate(this.world);
  }

  spotOffers(filter: SpotOfferFilter = {}): SpotOffer[] {
    return spotOffers(this.world, filter);
  }

  setSpotPrice(input: SpotPriceInput): void {
    if (!this.world.catalog.isSold(input.instanceType, input.regionId, input.zoneId)) {
      throw new Error(`${input.instanceType} is not sold in ${input.zoneId}`);
    }
    this.world.market.setPrice(
      input.regionId,
      input.zoneId,
      input.instanceType,
      input.price,
      input.from ?? this.world.now(),
      input.until,
    );
  }

  clearSpotPrices(): void {
    this.world.market.clearPrices();
  }

  /** Sets the stock of matching spot offers, in place of the seeded outages and low-stock stretches. */
  setSpotStock(pin: StockPin): void {
    if (this.spotOffers({ ...pin, kind: 'all' }).length === 0) {
      throw new Error(`no spot offer matches ${JSON.stringify({ ...pin, stock: undefined })}`);
    }
    this.world.market.pinStock(pin);
  }

  clearSpotStock(): void {
    this.world.market.clearStock();
  }

  /** CNY: the balance set, minus everything billed since. */
  balance(): number {
    return this.world.account.balance(this.world.now());
  }

  setBalance(balance: number): void {
    this.world.account.setBalance(balance, this.world.now());
  }

  /** Forgets every resource, charge, fault, price override, stock pin, ClientToken and logged request; keeps keys and clock. */
  async reset(): Promise<void> {
    this.world.reset();
    this.api.reset();
    this.log.clear();
    watchSpotMarket(this.world);
    await this.world.host.idle();
  }

  requests(limit?: number): RequestRecord[] {
    return this.log.list(limit);
  }

  clearRequests(): void {
    this.log.clear();
  }

  events(): SimEvent[] {
    return this.events_.list();
  }

  /** What the instance's metadata service answers (100.100.100.200 inside it), in normal or hardened mode. */
  metadata(instanceId: string, req: MetadataRequest): MetadataAnswer {
    const inst = this.world.store.instances.get(instanceId);
    if (!inst) return { status: 404, body: 'Not Found' };
    const facts = {
      instanceId,
      regionId: inst.regionId,
      zoneId: inst.zoneId,
      hostName: inst.hostName,
      httpTokens: inst.httpTokens ?? 'optional',
      terminationTime: this.terminationTime(instanceId),
    };
    return answerMetadata(req, facts, this.world.metadataTokens);
  }

  /** What the instance metadata's spot/termination-time answers (undefined = 404). */
  terminationTime(instanceId: string): string | undefined {
    const at = this.world.store.instances.get(instanceId)?.reclaimAt;
    return at === undefined ? undefined : isoSeconds(at);
  }

  /** Resolves once every queued instance-host call has settled. */
  idle(): Promise<void> {
    return this.world.host.idle();
  }
}
