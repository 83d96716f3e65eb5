import type { CpuSetupQuote } from '../../../shared/contract/sessions';
import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { SessionCloudApi } from '../session-cloud-api';
import type { StepScope } from '../step-scope';
import { checkBuyable, type InstanceInputs } from './instance-steps';
import { type Candidate, type StockAnswer, sellableZones } from './preflight';

/**
 * The CPU types a set-up may run on: the small sizes of the common spot families, enough memory
 * for apt and pip (4 GiB and more). The cheapest of them in stock is chosen, zone by zone.
 */
export const SETUP_CPU_TYPES = [
  'ecs.u1-c1m2.large',
  'ecs.u1-c1m4.large',
  'ecs.c7.large',
  'ecs.g7.large',
  'ecs.c7.xlarge',
] as const;

type Signal = { signal?: AbortSignal };

/** The latest spot price of a type in each zone of the region, from its price history. */
async function latestPrices(api: SessionCloudApi, regionId: string, instanceType: string, { signal }: Signal) {
  const history = await api.describeSpotPriceHistory(
    { regionId, instanceType, networkType: 'vpc', ioOptimized: 'optimized', osType: 'linux' },
    { signal },
  );
  const latest = new Map<string, number>();
  for (const point of [...history.prices].sort((a, b) => a.timestamp.localeCompare(b.timestamp))) {
    latest.set(point.zoneId, point.spotPrice);
  }
  return latest;
}

function readStock(api: SessionCloudApi, regionId: string, { signal }: Signal): Promise<StockAnswer> {
  return api.describeAvailableResource(
    { regionId, destinationResource: 'InstanceType', instanceChargeType: 'PostPaid', spotStrategy: 'SpotAsPriceGo' },
    { signal },
  );
}

/** Each zone's cheapest set-up CPU type in stock (WithStock before ClosedWithStock), with its price. */
async function cheapestCpuByZone(
  api: SessionCloudApi,
  regionId: string,
  stock: StockAnswer,
  options: Signal,
): Promise<Map<string, Candidate>> {
  const prices = await Promise.all(SETUP_CPU_TYPES.map((type) => latestPrices(api, regionId, type, options)));
  const best = new Map<string, Candidate>();
  SETUP_CPU_TYPES.forEach((instanceType, index) => {
    for (const { zoneId, lowStock } of sellableZones(stock, instanceType)) {
      const spotPrice = prices[index]?.get(zoneId);
      // A price the cloud did not give is not guessed: that type is left out in that zone.
      if (spotPrice === undefined) continue;
      const known = best.get(zoneId);
      const better =
        !known ||
        (known.lowStock && !lowStock) ||
        (Boolean(known.lowStock) === lowStock && spotPrice < (known.spotPrice ?? Number.POSITIVE_INFINITY));
      if (better) best.set(zoneId, { zoneId, instanceType, spotPrice, ...(lowStock ? { lowStock } : {}) });
    }
  });
  return best;
}

/**
 * The candidates of a CPU set-up: in each zone the GPU launch would try (in its order), the
 * cheapest set-up CPU type in stock there. Refused, saying so, when no such zone sells one.
 */
export async function cpuSetupCandidates(
  api: SessionCloudApi,
  plan: Plan,
  gpuZones: readonly string[],
  options: Signal,
): Promise<Candidate[]> {
  const stock = await readStock(api, plan.regionId, options);
  const best = await cheapestCpuByZone(api, plan.regionId, stock, options);
  const candidates = [...new Set(gpuZones)].flatMap((zoneId) => {
    const found = best.get(zoneId);
    return found ? [found] : [];
  });
  if (candidates.length === 0) {
    throw new AppError(msg('launch.cpuSetup.noStock', { regionId: plan.regionId }), { code: 'launch.noStock' });
  }
  return candidates;
}

/**
 * What setting up on a CPU first saves: in the zone the GPU launch would go to first (the plan's,
 * else the cheapest with stock), the GPU's and the cheapest set-up CPU type's current spot prices.
 * Undefined when the cloud gives no price for either there: a saving is never guessed.
 */
export async function cpuSetupQuote(
  api: SessionCloudApi,
  plan: Plan,
  options: Signal,
): Promise<CpuSetupQuote | undefined> {
  const gpuType = plan.instanceTypes[0] as string;
  const [stock, gpuPrices] = await Promise.all([
    readStock(api, plan.regionId, options),
    latestPrices(api, plan.regionId, gpuType, options),
  ]);
  const gpuZones = sellableZones(stock, gpuType)
    .filter((z) => gpuPrices.has(z.zoneId))
    .sort((a, b) => (gpuPrices.get(a.zoneId) as number) - (gpuPrices.get(b.zoneId) as number));
  const zoneId = plan.zoneId ?? gpuZones[0]?.zoneId;
  const gpuSpotPrice = zoneId ? gpuPrices.get(zoneId) : undefined;
  if (!zoneId || gpuSpotPrice === undefined) return undefined;
  const cpu = (await cheapestCpuByZone(api, plan.regionId, stock, options)).get(zoneId);
  if (cpu?.spotPrice === undefined) return undefined;
  return {
    zoneId,
    gpuType,
    gpuSpotPrice,
    cpuType: cpu.instanceType,
    cpuSpotPrice: cpu.spotPrice,
    savingPerHour: Math.round((gpuSpotPrice - cpu.spotPrice) * 1000) / 1000,
  };
}

/**
 * The data disk of a CPU set-up in a category the GPU it will switch to takes as well (gn5 and
 * gn5i take no ESSD; the CPU types take every category): the GPU's dry run in the same zone picks
 * it, and the CPU's then keeps it.
 */
export async function forTheGpuToo(
  scope: StepScope,
  plan: Plan,
  inputs: InstanceInputs,
  dataDisk: { category: string; fixed: boolean; sizeGiB: number },
): Promise<{ category: string; fixed: boolean; sizeGiB: number }> {
  const gpu = { zoneId: inputs.candidate.zoneId, instanceType: plan.instanceTypes[0] as string };
  const categories = await checkBuyable(scope, plan, { ...inputs, candidate: gpu }, dataDisk);
  return { ...dataDisk, category: categories.data, fixed: true };
}
