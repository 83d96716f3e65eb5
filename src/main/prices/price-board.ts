import type { ErrorInfo } from '../../shared/errors';
import type { PriceBasis, PriceOffer } from '../../shared/prices';
import type { CatalogueData } from './catalogue';
import { type PairKey, pairKey } from './exact-filler';
import { PaygModel, type PaygObservations } from './payg-model';
import type { ExactEntry, Listing, PriceCacheDoc, RegionListing } from './price-cache';

/** When the cloud gives no 30-day advice for an offer, spot is assumed at this share of pay-as-you-go (typical). */
const TYPICAL_DISCOUNT = 20;

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Everything known about one cloud's spot market: what each region sells (with stock and advice)
 * and the exact prices read per (region, type), each with its time. Turns them into offers whose
 * figures say where they come from: exact while younger than the freshness window, earlier after
 * it, estimated where nothing was read yet.
 */
export class PriceBoard {
  private model: PaygModel | undefined;
  private zones: Map<PairKey, string[]> | undefined;

  constructor(
    readonly doc: PriceCacheDoc,
    readonly catalogue: CatalogueData,
  ) {}

  setRegion(regionId: string, listing: RegionListing): void {
    this.doc.regions[regionId] = listing;
    this.zones = undefined;
    this.doc.failedRegions = this.doc.failedRegions.filter((f) => f.regionId !== regionId);
  }

  /** A region that did not answer: its offers are left out (not shown with stock of another time) and it is reported. */
  failRegion(regionId: string, error: ErrorInfo): void {
    delete this.doc.regions[regionId];
    this.zones = undefined;
    this.doc.failedRegions = [...this.doc.failedRegions.filter((f) => f.regionId !== regionId), { regionId, error }];
  }

  setExact(key: PairKey, entry: ExactEntry): void {
    this.doc.exact[key] = entry;
    this.model = undefined;
  }

  /** Every (region, zone, type) sold as spot, as the last region reads listed them. */
  *listings(): Generator<Listing & { regionId: string }> {
    for (const region of this.catalogue.regions) {
      for (const listing of this.doc.regions[region.regionId]?.listings ?? []) {
        yield { ...listing, regionId: region.regionId };
      }
    }
  }

  /** Zones where a pair is sold, so a read can tell whether it covered them all. */
  zonesOf(key: PairKey): string[] {
    if (!this.zones) {
      this.zones = new Map();
      for (const l of this.listings()) {
        const pair = pairKey(l.regionId, l.instanceType);
        this.zones.set(pair, [...(this.zones.get(pair) ?? []), l.zoneId]);
      }
    }
    return this.zones.get(key) ?? [];
  }

  /**
   * Pairs (optionally of one region) without an exact price younger than `freshMs` for every zone
   * sold, or read before `readSince` (ISO; '' for no such bound).
   */
  stalePairs(now: number, freshMs: number, readSince: string, regionId?: string): PairKey[] {
    const stale = new Set<PairKey>();
    for (const l of this.listings()) {
      if (regionId && l.regionId !== regionId) continue;
      const key = pairKey(l.regionId, l.instanceType);
      const entry = this.doc.exact[key];
      if (!this.isExact(entry, l.zoneId, now, freshMs) || (entry && entry.checkedAt < readSince)) stale.add(key);
    }
    return [...stale];
  }

  /** The oldest region read (ISO), or undefined while some region was neither read nor reported failed. */
  oldestRead(): string | undefined {
    let oldest: string | undefined;
    for (const region of this.catalogue.regions) {
      const at = this.doc.regions[region.regionId]?.at;
      if (!at) {
        if (!this.doc.failedRegions.some((f) => f.regionId === region.regionId)) return undefined;
        continue;
      }
      if (!oldest || at < oldest) oldest = at;
    }
    return oldest;
  }

  offers(now: number, freshMs: number): PriceOffer[] {
    const offers: PriceOffer[] = [];
    const regions = new Map(this.catalogue.regions.map((r) => [r.regionId, r]));
    for (const l of this.listings()) {
      const facts = this.catalogue.gpuTypes[l.instanceType];
      const region = regions.get(l.regionId);
      if (!facts || !region) continue;
      const key = pairKey(l.regionId, l.instanceType);
      const entry = this.doc.exact[key];
      const zone = entry?.zones[l.zoneId];
      let figures: { spot: number; origin: number; basis: PriceBasis };
      if (entry && zone) {
        const kind = this.isExact(entry, l.zoneId, now, freshMs) ? 'exact' : 'earlier';
        figures = { spot: zone.spot, origin: zone.origin, basis: { kind, checkedAt: entry.checkedAt } };
      } else {
        const payg = this.paygModel().estimate(l.regionId, l.instanceType, facts);
        const discount = l.averageDiscount ?? TYPICAL_DISCOUNT;
        figures = {
          spot: (payg.price * discount) / 100,
          origin: payg.price,
          basis: { kind: 'estimate', averageDiscount: l.averageDiscount, payg: payg.exact ? 'observed' : 'modelled' },
        };
      }
      const gpuGiB = facts.gpuCount * facts.gpuMemGiB;
      const spot = round3(figures.spot);
      offers.push({
        regionId: l.regionId,
        regionName: region.name,
        regionGroup: region.group,
        zoneId: l.zoneId,
        instanceType: l.instanceType,
        gpuModel: facts.gpuModel,
        gpuCount: facts.gpuCount,
        gpuMemGiB: facts.gpuMemGiB,
        vcpu: facts.vcpu,
        memoryGiB: facts.memoryGiB,
        spotPrice: spot,
        priceExact: figures.basis.kind === 'exact',
        basis: figures.basis,
        originPrice: round3(figures.origin),
        ratio: figures.origin > 0 ? figures.spot / figures.origin : 0,
        pricePerGpuGiB: gpuGiB > 0 ? figures.spot / gpuGiB : figures.spot,
        interruptionRate: l.interruptionRate,
        stock: l.stock,
      });
    }
    return offers;
  }

  private isExact(entry: ExactEntry | undefined, zoneId: string, now: number, freshMs: number): boolean {
    return !!entry?.zones[zoneId] && now - Date.parse(entry.checkedAt) < freshMs;
  }

  /** Pay-as-you-go prices learned from every read, however old (they change rarely), for estimates. */
  private paygModel(): PaygModel {
    if (!this.model) {
      const observed: PaygObservations = {};
      for (const [key, entry] of Object.entries(this.doc.exact)) {
        const origin = Object.values(entry.zones)[0]?.origin;
        if (origin !== undefined) observed[key] = { price: origin, at: entry.checkedAt };
      }
      this.model = new PaygModel(observed, (type) => this.catalogue.gpuTypes[type]);
    }
    return this.model;
  }
}
