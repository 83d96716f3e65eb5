import type { RegionGroup } from '../../shared/prices';
import { regionGroup } from '../../shared/regions';
import type { Logger } from '../log/logger';
import { type GpuFacts, knownGpuFacts, knownGpuTypes } from './gpu-facts';
import type { PricesApi } from './prices-api';

export interface RegionFacts {
  regionId: string;
  name: { en: string; zh: string };
  group: RegionGroup;
}

/** What the cloud sells: regions with their names, and the GPU facts of every GPU type. */
export interface CatalogueData {
  regions: RegionFacts[];
  gpuTypes: Record<string, GpuFacts>;
  /** True when DescribeInstanceTypes could not be read and documented facts stand in. */
  fallback: boolean;
}

/**
 * Loads regions (names in both languages) and the GPU catalogue: three calls at once, cached by the
 * caller for days since neither changes often. When DescribeInstanceTypes fails, the documented
 * GPU facts of reference §6 stand in, so prices can still be shown.
 */
export async function loadCatalogue(api: PricesApi, log: Logger, signal?: AbortSignal): Promise<CatalogueData> {
  const specsRead = api.describeAllInstanceTypes({ minimumGpuAmount: 1 }, { signal });
  // Settled here so a failure is handled below, after the regions, instead of going unhandled.
  specsRead.catch(() => {});
  const [zh, en] = await Promise.all([
    api.describeRegions({ acceptLanguage: 'zh-CN', instanceChargeType: 'SpotAsPriceGo' }, { signal }),
    api.describeRegions({ acceptLanguage: 'en-US', instanceChargeType: 'SpotAsPriceGo' }, { signal }),
  ]);
  const english = new Map(en.regions.map((r) => [r.regionId, r.localName]));
  const regions = zh.regions.map((r) => ({
    regionId: r.regionId,
    name: { zh: r.localName, en: english.get(r.regionId) ?? r.regionId },
    group: regionGroup(r.regionId),
  }));

  const gpuTypes: Record<string, GpuFacts> = {};
  let fallback = false;
  try {
    const specs = await specsRead;
    for (const spec of specs) {
      if (spec.gpuAmount < 1) continue;
      const known = knownGpuFacts(spec.instanceTypeId);
      gpuTypes[spec.instanceTypeId] = {
        gpuModel: spec.gpuSpec || known?.gpuModel || 'GPU',
        gpuCount: spec.gpuAmount,
        gpuMemGiB: spec.gpuMemorySize || known?.gpuMemGiB || 0,
        vcpu: spec.cpuCoreCount,
        memoryGiB: spec.memorySize,
      };
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warn('DescribeInstanceTypes failed; using the documented GPU facts', { error });
    fallback = true;
    for (const type of knownGpuTypes()) {
      const facts = knownGpuFacts(type);
      if (facts) gpuTypes[type] = facts;
    }
  }
  return { regions, gpuTypes, fallback };
}
