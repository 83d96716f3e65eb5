import { Account } from '../billing/account';
import { Ledger } from '../billing/ledger';
import { Catalog } from '../catalog/catalog';
import type { SimClock } from '../clock/sim-clock';
import type { Assumptions } from '../config/assumptions';
import type { Delays } from '../config/delays';
import type { Unkindness } from '../config/unkind';
import { FaultInjector } from '../faults/fault-injector';
import { HostBridge } from '../host-bridge/host-bridge';
import type { InstanceHost } from '../instance-host';
import { SpotMarket } from '../market/spot-market';
import { MetadataTokens } from '../metadata/metadata-service';
import { EventLog } from './event-log';
import { IdFactory } from './ids';
import { ListingLag } from './listing-lag';
import { type Instance, ResourceStore, type Tags } from './resources';
import { ResourceTimers } from './timers';

/** Spot stock of one offer, in DescribeAvailableResource's words (its four StatusCategory values). */
export type SpotStockCategory = 'WithStock' | 'ClosedWithStock' | 'WithoutStock' | 'ClosedWithoutStock';

/** Whether the category still sells: `WithStock` or `ClosedWithStock`. */
export const sells = (category: SpotStockCategory): boolean => category.endsWith('WithStock');

/** Everything an action or a scheduled transition works on. */
/** Who a key can belong to, as STS names it. */
export type CallerIdentityType = 'RAMUser' | 'Account';

export class World {
  readonly ids: IdFactory;
  readonly store = new ResourceStore();
  readonly catalog: Catalog;
  readonly market: SpotMarket;
  readonly ledger: Ledger;
  readonly account: Account;
  readonly host: HostBridge;
  readonly timers: ResourceTimers;
  readonly faults: FaultInjector;
  readonly events = new EventLog();
  /** What list calls do not show yet (the `listingLagMs` behaviour). */
  readonly lag: ListingLag;
  /** Tokens the instances' metadata services handed out (simulated time). */
  readonly metadataTokens: MetadataTokens;
  /** Seeded draws of the unkind behaviours (capacity reclaims, conflict and throttling codes). */
  readonly draws;
  private readonly conflicts;
  /** Who the account's keys belong to, as STS GetCallerIdentity answers: a RAM user, or the root. */
  identityType: CallerIdentityType = 'RAMUser';

  constructor(
    readonly clock: SimClock,
    readonly delays: Delays,
    readonly assumptions: Assumptions,
    /** The unkind behaviours in force; switched at run time through the admin API. */
    public unkind: Unkindness,
    readonly seed: number,
    balance: number,
    instanceHost: InstanceHost | undefined,
  ) {
    this.ids = new IdFactory(seed);
    this.catalog = new Catalog(assumptions.gpuSpec, assumptions.cpuPriceScale);
    this.market = new SpotMarket(seed, this.catalog, {
      intervalMs: assumptions.spotPriceIntervalMs,
      outageRate: assumptions.spotStockOutageRate,
      lowStockRate: assumptions.spotStockLowRate,
    });
    this.ledger = new Ledger(this.market, assumptions);
    this.account = new Account(this.ledger, balance);
    this.timers = new ResourceTimers(clock);
    this.faults = new FaultInjector((name) => this.ids.stream(name));
    this.conflicts = this.ids.stream('conflicts');
    this.lag = new ListingLag(this.ids.stream('listing-lag'));
    this.draws = this.ids.stream('unkind');
    const tokenStream = this.ids.stream('metadata-tokens');
    this.metadataTokens = new MetadataTokens(
      () => clock.now(),
      () => Array.from({ length: 4 }, () => tokenStream.int(2 ** 31).toString(36)).join(''),
    );
    this.host = new HostBridge(instanceHost, (operation, keys, error) =>
      this.events.add(this.clock.now(), 'host.error', keys[0] ?? '', `${operation}: ${String(error)}`),
    );
  }

  now(): number {
    return this.clock.now();
  }

  /** Live spot instances holding capacity of the offer (economical-mode stopped ones have given theirs back). */
  spotInUse(regionId: string, zoneId: string, instanceType: string, except?: Instance): number {
    let used = 0;
    for (const i of this.store.instances.values()) {
      if (i === except || i.spotStrategy === 'NoSpot') continue;
      if (i.regionId !== regionId || i.zoneId !== zoneId || i.instanceType !== instanceType) continue;
      if (i.status === 'Stopped' && i.stoppedMode === 'StopCharging') continue;
      used++;
    }
    return used;
  }

  /** Whether a spot instance of the offer can be bought (or an economical-mode one restarted) at `at`. */
  spotStock(regionId: string, zoneId: string, instanceType: string, at: number, except?: Instance): boolean {
    return sells(this.spotStockCategory(regionId, zoneId, instanceType, at, except));
  }

  /**
   * The offer's stock as DescribeAvailableResource states it: `ClosedWithStock` (still sold, low
   * stock, not replenished) for the last free unit and during seeded low-stock stretches or a
   * `closedStock` fault, `WithoutStock` when none, `ClosedWithoutStock` when none during a
   * low-stock stretch or that fault.
   */
  spotStockCategory(
    regionId: string,
    zoneId: string,
    instanceType: string,
    at: number,
    except?: Instance,
  ): SpotStockCategory {
    if (!this.catalog.isSold(instanceType, regionId, zoneId)) return 'WithoutStock';
    const closed =
      this.faults.closedStock(regionId, zoneId, instanceType) ||
      this.market.lowStock(regionId, zoneId, instanceType, at);
    const free =
      this.market.capacity(regionId, zoneId, instanceType) - this.spotInUse(regionId, zoneId, instanceType, except);
    const none =
      free <= 0 ||
      this.faults.noStock(regionId, zoneId, instanceType) ||
      this.market.inOutage(regionId, zoneId, instanceType, at);
    if (none) return closed ? 'ClosedWithoutStock' : 'WithoutStock';
    return free === 1 || closed ? 'ClosedWithStock' : 'WithStock';
  }

  /** Pay-as-you-go stock: only the admin's NoStock switch takes it away. */
  onDemandStock(regionId: string, zoneId: string, instanceType: string): boolean {
    return this.catalog.isSold(instanceType, regionId, zoneId) && !this.faults.noStock(regionId, zoneId, instanceType);
  }

  /**
   * Records that a resource came into being, with its tags (a fault campaign counts duplicates
   * from these), and how long list calls will not show it.
   */
  created(kind: string, id: string, tags: Tags, at: number): void {
    this.events.add(at, 'resource.created', id, JSON.stringify({ kind, tags: Object.fromEntries(tags) }));
    this.lag.created(id, tags, at, this.unkind.listingLagMs);
  }

  /** One of the codes the VPC service answers a conflicting task with, chosen by the seeded stream. */
  pickConflictCode(): string {
    return this.conflicts.pick(this.assumptions.vpcConflictCodes);
  }

  /** The code a throttled call gets: one of the `throttlingCodes` behaviour, else the `throttlingCode` assumption. */
  throttlingCode(): string {
    const codes = this.unkind.throttlingCodes;
    return codes.length > 0 ? this.draws.pick(codes) : this.assumptions.throttlingCode;
  }

  /** Clears every resource (releasing their machines), timer, price override, stock pin, fault and charge; keeps clock, keys and ids issued. */
  reset(): void {
    this.timers.cancelAll();
    for (const id of this.store.instances.keys()) void this.host.run([id], 'release', (h) => h.release(id));
    for (const id of this.store.disks.keys()) void this.host.run([id], 'deleteDisk', (h) => h.deleteDisk(id));
    for (const id of this.store.snapshots.keys())
      void this.host.run([id], 'deleteSnapshot', (h) => h.deleteSnapshot(id));
    this.store.clear();
    this.ledger.clear();
    this.account.reset();
    this.market.clearPrices();
    this.market.clearStock();
    this.faults.clear();
    this.events.clear();
    this.lag.clear();
    this.metadataTokens.clear();
  }
}
