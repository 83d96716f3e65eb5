import type { ActionSpec } from '../../api/action';
import type { InstanceTypeInfo } from '../../catalog/gpu-types';
import { tokenPage } from '../common/paging';

const PROCESSOR: Record<string, [model: string, base: number, turbo: number]> = {
  'ecs.gn5': ['Intel Xeon E5-2682v4 (Broadwell)', 2.5, 0],
  'ecs.gn5i': ['Intel Xeon E5-2682v4 (Broadwell)', 2.5, 0],
  'ecs.gn6i': ['Intel Xeon Platinum 8163 (Skylake)', 2.5, 3.1],
  'ecs.gn6v': ['Intel Xeon Platinum 8163 (Skylake)', 2.5, 0],
  'ecs.gn6e': ['Intel Xeon Platinum 8163 (Skylake)', 2.5, 0],
  'ecs.gn7': ['Intel Xeon Platinum 8269CY (Cascade Lake)', 2.5, 3.2],
  'ecs.gn7i': ['Intel Xeon Platinum 8369B (Ice Lake)', 2.9, 3.5],
  'ecs.gn7e': ['AMD EPYC ROME 7H12', 2.6, 3.3],
  'ecs.gn7s': ['Intel Xeon Platinum 8369B (Ice Lake)', 2.9, 3.5],
  'ecs.gn8is': ['Intel Xeon (Sapphire Rapids)', 2.8, 3.1],
  'ecs.gn8v': ['Intel Xeon (Sapphire Rapids)', 2.8, 3.1],
};

function render(t: InstanceTypeInfo) {
  const [model, base, turbo] = PROCESSOR[t.family] ?? ['Intel Xeon', 2.5, 0];
  const eni = Math.min(8, Math.max(2, Math.floor(t.cpu / 4)));
  return {
    InstanceTypeId: t.instanceTypeId,
    InstanceTypeFamily: t.family,
    InstanceCategory: 'Compute-optimized with GPU',
    InstanceFamilyLevel: 'EnterpriseLevel',
    CpuCoreCount: t.cpu,
    MemorySize: t.memoryGiB,
    GPUAmount: t.gpuAmount,
    GPUSpec: t.gpuSpec,
    GPUMemorySize: t.gpuMemoryGiB,
    LocalStorageCategory: t.localStorageGiB > 0 ? 'local_nvme_ssd' : '',
    LocalStorageAmount: t.localStorageGiB > 0 ? 1 : 0,
    LocalStorageCapacity: t.localStorageGiB,
    DiskQuantity: 17,
    EniQuantity: eni,
    EniTotalQuantity: eni,
    EniPrivateIpAddressQuantity: 10,
    EniIpv6AddressQuantity: 1,
    InstanceBandwidthRx: Math.min(32_000_000, t.cpu * 1_000_000),
    InstanceBandwidthTx: Math.min(32_000_000, t.cpu * 1_000_000),
    InstancePpsRx: t.cpu * 250_000,
    InstancePpsTx: t.cpu * 250_000,
    NvmeSupport: t.nvme ? 'required' : 'unsupported',
    CpuArchitecture: 'X86',
    PhysicalProcessorModel: model,
    CpuSpeedFrequency: base,
    CpuTurboFrequency: turbo,
    SupportedBootModes: { SupportedBootMode: t.family === 'ecs.gn8v' ? ['UEFI'] : ['BIOS', 'UEFI'] },
  };
}

const describeInstanceTypes: ActionSpec = {
  product: 'ecs',
  name: 'DescribeInstanceTypes',
  // Specs are global: the API takes no RegionId.
  regionOptional: true,
  handler: ({ world, params }) => {
    const ids = params.list('InstanceTypes');
    const families = [params.str('InstanceTypeFamily'), ...params.list('InstanceTypeFamilies')].filter(Boolean);
    const gpuSpec = params.str('GPUSpec')?.toLowerCase();
    const gpuSpecs = params.list('GpuSpecs').map((s) => s.toLowerCase());
    const minGpu = params.int('MinimumGPUAmount');
    const maxGpu = params.int('MaximumGPUAmount');
    const minCpu = params.int('MinimumCpuCoreCount');
    const maxCpu = params.int('MaximumCpuCoreCount');
    const minMem = params.float('MinimumMemorySize');
    const maxMem = params.float('MaximumMemorySize');
    const category = params.str('InstanceCategory');
    const nvme = params.oneOf('NvmeSupport', ['required', 'unsupported']);
    const arch = params.str('CpuArchitecture');
    const matches = world.catalog.types.filter(
      (t) =>
        (ids.length === 0 || ids.includes(t.instanceTypeId)) &&
        (families.length === 0 || families.includes(t.family)) &&
        (!gpuSpec || t.gpuSpec.toLowerCase().includes(gpuSpec)) &&
        (gpuSpecs.length === 0 || gpuSpecs.includes(t.gpuSpec.toLowerCase())) &&
        (minGpu === undefined || t.gpuAmount >= minGpu) &&
        (maxGpu === undefined || t.gpuAmount <= maxGpu) &&
        (minCpu === undefined || t.cpu >= minCpu) &&
        (maxCpu === undefined || t.cpu <= maxCpu) &&
        (minMem === undefined || t.memoryGiB >= minMem) &&
        (maxMem === undefined || t.memoryGiB <= maxMem) &&
        (!category || category === 'Compute-optimized with GPU') &&
        (!nvme || (nvme === 'required') === t.nvme) &&
        (!arch || arch === 'X86'),
    );
    const { page, nextToken } = tokenPage(params, matches, { defaultSize: 10, maxSize: 100 });
    return { InstanceTypes: { InstanceType: page.map(render) }, NextToken: nextToken };
  },
};

export const instanceTypeActions = [describeInstanceTypes];
