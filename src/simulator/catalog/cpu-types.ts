import type { InstanceTypeInfo } from './gpu-types';

/**
 * CPU-only families sold as spot, for setting a machine up before it needs a GPU. The sizes
 * and their vCPU/memory are the help page "Instance families" (c7 1:2, g7 1:4, u1 1:2 and 1:4).
 * Prices are estimates [U]: ¥/vCPU-hour and ¥/GiB-hour near the published unit prices of
 * elastic container instances (¥0.1764 and ¥0.0221 an hour), scaled so ecs.c7.large costs about
 * ¥0.62/h pay-as-you-go in cn-hangzhou, as the ECS price calculator shows; u1 is sold about 20 %
 * below c7. The `cpuPriceScale` assumption scales them all.
 */
interface CpuFamilySpec {
  family: string;
  /** Share of the c7 unit prices this family is sold at. */
  level: number;
  /** Regions where the family is sold (in every zone of them). */
  regions: 'all' | string[];
  types: Array<[name: string, cpu: number, memoryGiB: number]>;
}

/** CNY per vCPU-hour and per GiB-hour in us-west-1; other regions scale by their price factor. */
const PER_VCPU = 0.24;
const PER_GIB = 0.0425;

const U1_REGIONS = [
  'cn-qingdao',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-wulanchabu',
  'cn-hangzhou',
  'cn-shanghai',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-southeast-1',
];

export const CPU_FAMILIES: CpuFamilySpec[] = [
  {
    family: 'c7',
    level: 1,
    regions: 'all',
    types: [
      ['ecs.c7.large', 2, 4],
      ['ecs.c7.xlarge', 4, 8],
      ['ecs.c7.2xlarge', 8, 16],
      ['ecs.c7.4xlarge', 16, 32],
    ],
  },
  {
    family: 'g7',
    level: 1,
    regions: 'all',
    types: [
      ['ecs.g7.large', 2, 8],
      ['ecs.g7.xlarge', 4, 16],
      ['ecs.g7.2xlarge', 8, 32],
      ['ecs.g7.4xlarge', 16, 64],
    ],
  },
  {
    family: 'u1',
    level: 0.8,
    regions: U1_REGIONS,
    types: [
      ['ecs.u1-c1m2.large', 2, 4],
      ['ecs.u1-c1m2.xlarge', 4, 8],
      ['ecs.u1-c1m4.large', 2, 8],
      ['ecs.u1-c1m4.xlarge', 4, 16],
      ['ecs.u1-c1m2.2xlarge', 8, 16],
    ],
  },
];

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The CPU types, with no GPU, priced at `scale` times the estimates above. */
export function buildCpuTypes(scale = 1): InstanceTypeInfo[] {
  return CPU_FAMILIES.flatMap((f) =>
    f.types.map(([instanceTypeId, cpu, memoryGiB]) => ({
      instanceTypeId,
      family: `ecs.${f.family}`,
      cpu,
      memoryGiB,
      gpuAmount: 0,
      gpuSpec: '',
      gpuMemoryGiB: 0,
      nvme: false,
      localStorageGiB: 0,
      payAsYouGo: round3(scale * f.level * (PER_VCPU * cpu + PER_GIB * memoryGiB)),
    })),
  );
}

/** Regions of a CPU family, or undefined for a family that is not one. */
export function cpuFamilyRegions(family: string): 'all' | string[] | undefined {
  return CPU_FAMILIES.find((f) => `ecs.${f.family}` === family)?.regions;
}
