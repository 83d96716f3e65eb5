import type { Clock } from '../../shared/clock';
import {
  diskListPricePerGiBMonth,
  diskPriceKey,
  HOURS_PER_MONTH,
  SNAPSHOT_PER_GIB_MONTH,
} from '../../shared/storage-prices';
import type { AliyunApi } from '../aliyun';
import type { Logger } from '../log/logger';
import type { BillingTimeline } from '../sessions';
import type { PricePoint, Rates } from './cost';

const REFRESH_MS = 5 * 60_000;

type RatesApi = Pick<AliyunApi, 'describeAllSpotPriceHistory' | 'describePrice'>;

/**
 * The prices the meter multiplies by: the spot market of each (zone, type) a session ran in,
 * read from DescribeSpotPriceHistory over the billed span and refreshed every few minutes, and
 * disk prices from DescribePrice. Lookups are synchronous (the meter ticks every second);
 * fetching happens in `refresh`.
 */
export class RateFeed implements Rates {
  private readonly series = new Map<string, { points: PricePoint[]; fetchedAt: number; from: number }>();
  private readonly disk = new Map<string, number>();
  readonly snapshotPerGiBHour = SNAPSHOT_PER_GIB_MONTH / HOURS_PER_MONTH;

  constructor(
    private readonly api: () => Promise<RatesApi>,
    private readonly clock: () => Clock,
    private readonly log: Logger,
  ) {}

  spot = (key: string): PricePoint[] => this.series.get(key)?.points ?? [];

  diskPerGiBHour = (category: string, performanceLevel: string): number => {
    return (
      this.disk.get(diskPriceKey(category, performanceLevel)) ??
      diskListPricePerGiBMonth(category, performanceLevel) / HOURS_PER_MONTH
    );
  };

  /** Fetches what the timelines need that is missing or stale. */
  async refresh(timelines: Array<{ regionId: string; billing?: BillingTimeline }>, force = false): Promise<void> {
    const now = this.clock().now();
    const api = await this.api();
    const wanted = new Map<string, number>();
    for (const { billing } of timelines) {
      for (const span of billing?.compute ?? []) {
        const key = `${span.regionId}|${span.zoneId}|${span.instanceType}`;
        wanted.set(key, Math.min(wanted.get(key) ?? Number.POSITIVE_INFINITY, Date.parse(span.from)));
      }
    }
    await Promise.all(
      [...wanted].map(async ([key, from]) => {
        const known = this.series.get(key);
        if (!force && known && known.from <= from && now - known.fetchedAt < REFRESH_MS) return;
        const [regionId = '', zoneId = '', instanceType = ''] = key.split('|');
        try {
          // An hour before the first span, so the price in force when it began is included.
          const start = new Date(Math.max(from - 3_600_000, now - 29 * 24 * 3_600_000));
          // Every page, through the guarded NextOffset loop: an offset that repeats is an error, not a hang.
          const history = await api.describeAllSpotPriceHistory({
            regionId,
            zoneId,
            instanceType,
            networkType: 'vpc',
            ioOptimized: 'optimized',
            osType: 'linux',
            startTime: start,
            endTime: new Date(now),
          });
          const points: PricePoint[] = history.prices
            .filter((p) => p.zoneId === zoneId)
            .map((p) => ({ at: Date.parse(p.timestamp), price: p.spotPrice }));
          points.sort((a, b) => a.at - b.at);
          this.series.set(key, { points, fetchedAt: now, from });
        } catch (error) {
          this.log.warn('spot price for the meter could not be read; using the last known one', { key, error });
        }
      }),
    );
    await this.refreshDisks(api, timelines);
  }

  private async refreshDisks(api: RatesApi, timelines: Array<{ regionId: string; billing?: BillingTimeline }>) {
    for (const { regionId, billing } of timelines) {
      for (const disk of billing?.disks ?? []) {
        const key = diskPriceKey(disk.category, disk.performanceLevel);
        if (this.disk.has(key)) continue;
        try {
          const price = await api.describePrice({
            regionId,
            resourceType: 'disk',
            dataDisks: [
              { category: disk.category as 'cloud_essd', size: 100, performanceLevel: disk.performanceLevel as 'PL1' },
            ],
          });
          if (price.tradePrice > 0) this.disk.set(key, price.tradePrice / 100);
        } catch (error) {
          this.log.warn('disk price could not be read; using the list price', { key, error });
          this.disk.set(key, diskListPricePerGiBMonth(disk.category, disk.performanceLevel) / HOURS_PER_MONTH);
        }
      }
    }
  }
}
