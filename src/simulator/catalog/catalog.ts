import { unitHash } from '../market/seeded-random';
import { buildCpuTypes, cpuFamilyRegions } from './cpu-types';
import { buildInstanceTypes, familyRegions, type InstanceTypeInfo } from './gpu-types';
import { findRegion, REGIONS, type RegionInfo } from './regions';

/** What is sold where, and at which pay-as-you-go price. Fixed (not seeded) so every run sells the same things. */
export class Catalog {
  readonly regions: RegionInfo[] = REGIONS;
  readonly types: InstanceTypeInfo[];
  private readonly byId: Map<string, InstanceTypeInfo>;

  constructor(gpuSpecOverrides: Record<string, string> = {}, cpuPriceScale = 1) {
    this.types = [...buildInstanceTypes(gpuSpecOverrides), ...buildCpuTypes(cpuPriceScale)];
    this.byId = new Map(this.types.map((t) => [t.instanceTypeId, t]));
  }

  region(regionId: string): RegionInfo | undefined {
    return findRegion(regionId);
  }

  type(instanceTypeId: string): InstanceTypeInfo | undefined {
    return this.byId.get(instanceTypeId);
  }

  zoneExists(regionId: string, zoneId: string): boolean {
    return this.region(regionId)?.zones.includes(zoneId) ?? false;
  }

  /** Whether the type is on sale in the zone at all (spot or pay-as-you-go). */
  isSold(instanceTypeId: string, regionId: string, zoneId: string): boolean {
    const type = this.type(instanceTypeId);
    const region = this.region(regionId);
    if (!type || !region?.zones.includes(zoneId)) return false;
    // CPU families are sold in every zone of their regions.
    const cpuRegions = cpuFamilyRegions(type.family);
    if (cpuRegions) return cpuRegions === 'all' || cpuRegions.includes(regionId);
    if (!familyRegions(type.family).includes(regionId)) return false;
    // The seed's example: gn5 is sold in both US West 1 zones.
    if (type.family === 'ecs.gn5' && regionId === 'us-west-1') return type.gpuAmount <= 2 || zoneId.endsWith('a');
    const familyZones = region.zones.filter((z) => unitHash('family-zone', type.family, z) < 0.65);
    const zones = familyZones.length > 0 ? familyZones : [firstByHash(region.zones, type.family)];
    if (!zones.includes(zoneId)) return false;
    // Big multi-GPU sizes are stocked in fewer zones than the one-GPU sizes.
    if (type.gpuAmount >= 4) return unitHash('big-type', instanceTypeId, zoneId) < 0.6;
    return true;
  }

  typesSoldIn(regionId: string, zoneId: string): InstanceTypeInfo[] {
    return this.types.filter((t) => this.isSold(t.instanceTypeId, regionId, zoneId));
  }

  /** Pay-as-you-go CNY/h of the type in the region. */
  payAsYouGo(regionId: string, instanceTypeId: string): number {
    const type = this.type(instanceTypeId);
    const region = this.region(regionId);
    if (!type || !region) return 0;
    return Math.round(type.payAsYouGo * region.priceFactor * 1000) / 1000;
  }
}

function firstByHash(zones: string[], family: string): string {
  return [...zones].sort(
    (a, b) => unitHash('family-zone', family, a) - unitHash('family-zone', family, b),
  )[0] as string;
}
