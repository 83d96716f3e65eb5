/** One GPU instance type with the facts DescribeInstanceTypes reports (help page "GPU-accelerated compute-optimized instance families"). */
export interface InstanceTypeInfo {
  instanceTypeId: string;
  family: string;
  cpu: number;
  memoryGiB: number;
  gpuAmount: number;
  gpuSpec: string;
  gpuMemoryGiB: number;
  nvme: boolean;
  /** Local NVMe/SSD GiB (families with local disks cannot use economical mode). */
  localStorageGiB: number;
  /** Pay-as-you-go CNY/h in us-west-1; other regions scale by their price factor. */
  payAsYouGo: number;
}

interface FamilySpec {
  family: string;
  gpuSpec: string;
  gpuMemoryGiB: number;
  /** CNY per GPU-hour on top of the vCPU and memory share (chosen so gn5-c4g1.xlarge costs ¥11.916/h). */
  perGpu: number;
  nvme?: boolean;
  localPerGpuGiB?: number;
  /** Regions where the family is sold. */
  regions: string[];
  types: Array<[suffix: string, cpu: number, memoryGiB: number, gpus: number]>;
}

const PER_VCPU = 0.15;
const PER_GIB = 0.02;

const MAINLAND = ['cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen'];

/** The families of that help page; gpuSpec strings for gn7e, gn8is and gn8v are not published and can be overridden. */
export const FAMILIES: FamilySpec[] = [
  {
    family: 'gn5',
    gpuSpec: 'NVIDIA P100',
    gpuMemoryGiB: 16,
    perGpu: 10.716,
    localPerGpuGiB: 440,
    regions: [
      ...MAINLAND,
      'cn-zhangjiakou',
      'cn-hongkong',
      'ap-southeast-1',
      'ap-northeast-1',
      'us-west-1',
      'us-east-1',
      'eu-central-1',
    ],
    types: [
      ['c4g1.xlarge', 4, 30, 1],
      ['c8g1.2xlarge', 8, 60, 1],
      ['c4g1.2xlarge', 8, 60, 2],
      ['c8g1.4xlarge', 16, 120, 2],
      ['c28g1.7xlarge', 28, 112, 1],
      ['c8g1.8xlarge', 32, 240, 4],
      ['c8g1.14xlarge', 54, 480, 8],
    ],
  },
  {
    family: 'gn5i',
    gpuSpec: 'NVIDIA P4',
    gpuMemoryGiB: 8,
    perGpu: 4,
    regions: [...MAINLAND, 'ap-southeast-1', 'us-west-1', 'eu-central-1'],
    types: [
      ['c2g1.large', 2, 8, 1],
      ['c4g1.xlarge', 4, 16, 1],
      ['c8g1.2xlarge', 8, 32, 1],
      ['c16g1.4xlarge', 16, 64, 1],
      ['c16g1.8xlarge', 32, 128, 2],
      ['c28g1.14xlarge', 56, 224, 2],
    ],
  },
  {
    family: 'gn6i',
    gpuSpec: 'NVIDIA T4',
    gpuMemoryGiB: 16,
    perGpu: 6.5,
    regions: [
      ...MAINLAND,
      'cn-qingdao',
      'cn-zhangjiakou',
      'cn-huhehaote',
      'cn-chengdu',
      'cn-guangzhou',
      'cn-hongkong',
      'ap-southeast-1',
      'ap-southeast-3',
      'ap-southeast-5',
      'ap-northeast-1',
      'us-west-1',
      'us-east-1',
      'eu-central-1',
      'eu-west-1',
    ],
    types: [
      ['c4g1.xlarge', 4, 15, 1],
      ['c8g1.2xlarge', 8, 31, 1],
      ['c16g1.4xlarge', 16, 62, 1],
      ['c24g1.6xlarge', 24, 93, 1],
      ['c40g1.10xlarge', 40, 155, 1],
      ['c24g1.12xlarge', 48, 186, 2],
      ['c24g1.24xlarge', 96, 372, 4],
    ],
  },
  {
    family: 'gn6v',
    gpuSpec: 'NVIDIA V100',
    gpuMemoryGiB: 16,
    perGpu: 22,
    regions: [
      ...MAINLAND,
      'cn-zhangjiakou',
      'cn-huhehaote',
      'ap-southeast-1',
      'ap-northeast-1',
      'us-west-1',
      'eu-central-1',
    ],
    types: [
      ['c8g1.2xlarge', 8, 32, 1],
      ['c8g1.4xlarge', 16, 64, 2],
      ['c8g1.8xlarge', 32, 128, 4],
      ['c8g1.16xlarge', 64, 256, 8],
      ['c10g1.20xlarge', 82, 336, 8],
    ],
  },
  {
    family: 'gn6e',
    gpuSpec: 'NVIDIA V100',
    gpuMemoryGiB: 32,
    perGpu: 27,
    regions: [...MAINLAND, 'ap-southeast-1', 'us-west-1'],
    types: [
      ['c12g1.3xlarge', 12, 92, 1],
      ['c12g1.6xlarge', 24, 182, 2],
      ['c12g1.12xlarge', 48, 368, 4],
      ['c12g1.24xlarge', 96, 736, 8],
    ],
  },
  {
    family: 'gn7',
    gpuSpec: 'NVIDIA A100',
    gpuMemoryGiB: 40,
    perGpu: 30,
    regions: ['cn-beijing', 'cn-shanghai', 'cn-hangzhou', 'cn-wulanchabu', 'ap-southeast-1'],
    types: [
      ['c12g1.3xlarge', 12, 94, 1],
      ['c13g1.13xlarge', 52, 378, 4],
      ['c13g1.26xlarge', 104, 756, 8],
    ],
  },
  {
    family: 'gn7i',
    gpuSpec: 'NVIDIA A10',
    gpuMemoryGiB: 24,
    perGpu: 10,
    regions: [
      ...MAINLAND,
      'cn-zhangjiakou',
      'cn-wulanchabu',
      'cn-chengdu',
      'cn-guangzhou',
      'cn-hongkong',
      'ap-southeast-1',
      'ap-southeast-5',
      'ap-northeast-1',
      'us-west-1',
      'us-east-1',
      'eu-central-1',
    ],
    types: [
      ['c8g1.2xlarge', 8, 30, 1],
      ['c16g1.4xlarge', 16, 60, 1],
      ['c32g1.8xlarge', 32, 188, 1],
      ['c32g1.16xlarge', 64, 376, 2],
      ['c32g1.32xlarge', 128, 752, 4],
    ],
  },
  {
    family: 'gn7e',
    gpuSpec: 'NVIDIA A100 80G',
    gpuMemoryGiB: 80,
    perGpu: 38,
    regions: ['cn-beijing', 'cn-shanghai', 'cn-wulanchabu', 'ap-southeast-1'],
    types: [
      ['c16g1.4xlarge', 16, 125, 1],
      ['c16g1.8xlarge', 32, 250, 2],
      ['c16g1.16xlarge', 64, 500, 4],
      ['c16g1.32xlarge', 128, 1000, 8],
    ],
  },
  {
    family: 'gn7s',
    gpuSpec: 'NVIDIA A30',
    gpuMemoryGiB: 24,
    perGpu: 16,
    regions: ['cn-beijing', 'cn-shanghai'],
    types: [
      ['c8g1.2xlarge', 8, 60, 1],
      ['c16g1.4xlarge', 16, 120, 1],
      ['c32g1.32xlarge', 128, 1000, 4],
    ],
  },
  {
    family: 'gn8is',
    gpuSpec: 'NVIDIA L20',
    gpuMemoryGiB: 48,
    perGpu: 15,
    nvme: true,
    regions: ['cn-beijing', 'cn-shanghai', 'cn-hangzhou', 'cn-wulanchabu', 'ap-southeast-1'],
    types: [
      ['2xlarge', 8, 64, 1],
      ['4xlarge', 16, 128, 1],
      ['2x.8xlarge', 32, 256, 2],
      ['4x.16xlarge', 64, 512, 4],
      ['8x.32xlarge', 128, 1024, 8],
    ],
  },
  {
    family: 'gn8v',
    gpuSpec: 'NVIDIA H20',
    gpuMemoryGiB: 96,
    perGpu: 45,
    nvme: true,
    regions: ['cn-wulanchabu', 'cn-beijing', 'cn-shanghai', 'ap-southeast-1'],
    types: [
      ['4xlarge', 16, 96, 1],
      ['6xlarge', 24, 128, 1],
      ['2x.8xlarge', 32, 192, 2],
      ['4x.8xlarge', 32, 384, 4],
      ['8x.16xlarge', 64, 768, 8],
      ['8x.48xlarge', 192, 1024, 8],
    ],
  },
];

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Builds the type list; `gpuSpecOverrides` (family → GPUSpec) replaces the unpublished strings. */
export function buildInstanceTypes(gpuSpecOverrides: Record<string, string> = {}): InstanceTypeInfo[] {
  return FAMILIES.flatMap((f) =>
    f.types.map(([suffix, cpu, memoryGiB, gpus]) => ({
      // Names like gn8is-2x.8xlarge join with "-", plain sizes like gn8is.2xlarge with ".".
      instanceTypeId: `ecs.${f.family}${/^c\d|^\dx\./.test(suffix) ? '-' : '.'}${suffix}`,
      family: `ecs.${f.family}`,
      cpu,
      memoryGiB,
      gpuAmount: gpus,
      gpuSpec: gpuSpecOverrides[f.family] ?? f.gpuSpec,
      gpuMemoryGiB: f.gpuMemoryGiB,
      nvme: f.nvme ?? false,
      localStorageGiB: (f.localPerGpuGiB ?? 0) * gpus,
      payAsYouGo: round3(f.perGpu * gpus + PER_VCPU * cpu + PER_GIB * memoryGiB),
    })),
  );
}

export function familyRegions(family: string): string[] {
  return FAMILIES.find((f) => `ecs.${f.family}` === family)?.regions ?? [];
}
