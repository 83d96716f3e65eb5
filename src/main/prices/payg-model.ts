import type { GpuFacts } from './gpu-facts';

/**
 * Reference pay-as-you-go list prices per GPU-hour by GPU model (CNY, approximate), plus vCPU
 * and memory shares. Only a starting point for estimates: every exact price the cloud reports
 * replaces it, and the regional level is learned from those observations.
 */
const PER_GPU_HOUR: Record<string, number> = {
  P100: 10.7,
  P4: 4,
  T4: 6.5,
  V100: 18,
  A10: 9,
  A30: 15,
  A100: 30,
  L20: 14,
  H20: 38,
};
const PER_VCPU_HOUR = 0.15;
const PER_GIB_HOUR = 0.02;

/** The reference price of a type from its facts alone. */
export function referencePayg(facts: GpuFacts): number {
  const model =
    facts.gpuModel
      .replace(/^NVIDIA\s+/i, '')
      .split(/\s/)[0]
      ?.toUpperCase() ?? '';
  // The larger-memory editions of a chip (V100 32 GB, A100 80 GB) cost more than the base one.
  const bigger = (model === 'V100' && facts.gpuMemGiB >= 32) || (model === 'A100' && facts.gpuMemGiB >= 80);
  const perGpu = (PER_GPU_HOUR[model] ?? 10) * (bigger ? 1.3 : 1);
  return perGpu * facts.gpuCount + PER_VCPU_HOUR * facts.vcpu + PER_GIB_HOUR * facts.memoryGiB;
}

/** Exact pay-as-you-go prices seen, keyed "region|type". */
export type PaygObservations = Record<string, { price: number; at: string }>;

/**
 * Estimates a pay-as-you-go price where none was observed, with a multiplicative model fitted
 * to the exact prices seen: price ≈ reference × regionLevel × typeLevel (regions and types never
 * seen count as average). Exact observations are returned as they are.
 */
export class PaygModel {
  private readonly region = new Map<string, number>();
  private readonly type = new Map<string, number>();

  constructor(
    private readonly observed: PaygObservations,
    private readonly facts: (instanceType: string) => GpuFacts | undefined = () => undefined,
  ) {
    this.fit();
  }

  exact(regionId: string, instanceType: string): number | undefined {
    return this.observed[`${regionId}|${instanceType}`]?.price;
  }

  estimate(regionId: string, instanceType: string, facts: GpuFacts): { price: number; exact: boolean } {
    const exact = this.exact(regionId, instanceType);
    if (exact !== undefined) return { price: exact, exact: true };
    const level = (this.region.get(regionId) ?? 0) + (this.type.get(instanceType) ?? 0);
    return { price: Math.round(referencePayg(facts) * Math.exp(level) * 1000) / 1000, exact: false };
  }

  /** Alternating least squares on log prices; a few rounds settle for data this small. */
  private fit(): void {
    const rows = Object.entries(this.observed).flatMap(([key, { price }]) => {
      const [region = '', type = ''] = key.split('|');
      const facts = this.facts(type);
      return facts && price > 0 ? [{ region, type, residual: Math.log(price / referencePayg(facts)) }] : [];
    });
    if (rows.length === 0) return;
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const group = (key: 'type' | 'region') => {
      const groups = new Map<string, typeof rows>();
      for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
      return groups;
    };
    const byType = group('type');
    const byRegion = group('region');
    for (let round = 0; round < 30; round++) {
      for (const [type, mine] of byType) {
        this.type.set(type, mean(mine.map((r) => r.residual - (this.region.get(r.region) ?? 0))));
      }
      for (const [region, mine] of byRegion) {
        this.region.set(region, mean(mine.map((r) => r.residual - (this.type.get(r.type) ?? 0))));
      }
      // Regions are levels around the average: centre them and move the offset to the types.
      const centre = mean([...this.region.values()]);
      for (const [k, v] of this.region) this.region.set(k, v - centre);
      for (const [k, v] of this.type) this.type.set(k, v + centre);
    }
  }
}
