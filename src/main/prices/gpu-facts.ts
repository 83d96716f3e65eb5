/**
 * GPU facts of Alibaba Cloud instance types, used when DescribeInstanceTypes does not say (or
 * cannot be reached). From the GPU-accelerated instance family documentation; the cloud's own
 * answer always wins.
 */
export interface GpuFacts {
  gpuModel: string;
  gpuCount: number;
  /** Per GPU, GiB. */
  gpuMemGiB: number;
  vcpu: number;
  memoryGiB: number;
}

type Row = [type: string, vcpu: number, memoryGiB: number, gpuCount: number];

const families: Record<string, { gpuModel: string; gpuMemGiB: number; rows: Row[] }> = {
  gn5: {
    gpuModel: 'NVIDIA P100',
    gpuMemGiB: 16,
    rows: [
      ['ecs.gn5-c4g1.xlarge', 4, 30, 1],
      ['ecs.gn5-c8g1.2xlarge', 8, 60, 1],
      ['ecs.gn5-c4g1.2xlarge', 8, 60, 2],
      ['ecs.gn5-c8g1.4xlarge', 16, 120, 2],
      ['ecs.gn5-c8g1.8xlarge', 32, 240, 4],
      ['ecs.gn5-c8g1.14xlarge', 54, 480, 8],
    ],
  },
  gn5i: {
    gpuModel: 'NVIDIA P4',
    gpuMemGiB: 8,
    rows: [
      ['ecs.gn5i-c2g1.large', 2, 8, 1],
      ['ecs.gn5i-c4g1.xlarge', 4, 16, 1],
      ['ecs.gn5i-c28g1.14xlarge', 56, 224, 2],
    ],
  },
  gn6i: {
    gpuModel: 'NVIDIA T4',
    gpuMemGiB: 16,
    rows: [
      ['ecs.gn6i-c4g1.xlarge', 4, 15, 1],
      ['ecs.gn6i-c8g1.2xlarge', 8, 31, 1],
      ['ecs.gn6i-c16g1.4xlarge', 16, 62, 1],
      ['ecs.gn6i-c24g1.6xlarge', 24, 93, 1],
      ['ecs.gn6i-c40g1.10xlarge', 40, 155, 1],
      ['ecs.gn6i-c24g1.12xlarge', 48, 186, 2],
      ['ecs.gn6i-c24g1.24xlarge', 96, 372, 4],
    ],
  },
  gn6v: {
    gpuModel: 'NVIDIA V100',
    gpuMemGiB: 16,
    rows: [
      ['ecs.gn6v-c8g1.2xlarge', 8, 32, 1],
      ['ecs.gn6v-c8g1.4xlarge', 16, 64, 2],
      ['ecs.gn6v-c8g1.8xlarge', 32, 128, 4],
      ['ecs.gn6v-c8g1.16xlarge', 64, 256, 8],
      ['ecs.gn6v-c10g1.20xlarge', 82, 336, 8],
    ],
  },
  gn6e: {
    gpuModel: 'NVIDIA V100',
    gpuMemGiB: 32,
    rows: [
      ['ecs.gn6e-c12g1.3xlarge', 12, 92, 1],
      ['ecs.gn6e-c12g1.6xlarge', 24, 182, 2],
      ['ecs.gn6e-c12g1.12xlarge', 48, 368, 4],
      ['ecs.gn6e-c12g1.24xlarge', 96, 736, 8],
    ],
  },
  gn7: {
    gpuModel: 'NVIDIA A100',
    gpuMemGiB: 40,
    rows: [
      ['ecs.gn7-c12g1.3xlarge', 12, 94, 1],
      ['ecs.gn7-c13g1.13xlarge', 52, 378, 4],
      ['ecs.gn7-c13g1.26xlarge', 104, 756, 8],
    ],
  },
  gn7i: {
    gpuModel: 'NVIDIA A10',
    gpuMemGiB: 24,
    rows: [
      ['ecs.gn7i-c8g1.2xlarge', 8, 30, 1],
      ['ecs.gn7i-c16g1.4xlarge', 16, 60, 1],
      ['ecs.gn7i-c32g1.8xlarge', 32, 188, 1],
      ['ecs.gn7i-c32g1.16xlarge', 64, 376, 2],
      ['ecs.gn7i-c32g1.32xlarge', 128, 752, 4],
    ],
  },
  gn7s: {
    gpuModel: 'NVIDIA A30',
    gpuMemGiB: 24,
    rows: [['ecs.gn7s-c8g1.2xlarge', 8, 60, 1]],
  },
  gn8is: {
    gpuModel: 'NVIDIA L20',
    gpuMemGiB: 48,
    rows: [
      ['ecs.gn8is.2xlarge', 8, 64, 1],
      ['ecs.gn8is.4xlarge', 16, 128, 1],
      ['ecs.gn8is-2x.8xlarge', 32, 256, 2],
      ['ecs.gn8is-4x.16xlarge', 64, 512, 4],
      ['ecs.gn8is-8x.32xlarge', 128, 1024, 8],
    ],
  },
};

const byType = new Map<string, GpuFacts>();
for (const { gpuModel, gpuMemGiB, rows } of Object.values(families)) {
  for (const [type, vcpu, memoryGiB, gpuCount] of rows) {
    byType.set(type, { gpuModel, gpuMemGiB, gpuCount, vcpu, memoryGiB });
  }
}

/** The documented GPU facts of an instance type, or undefined when it is not a known GPU type. */
export function knownGpuFacts(instanceType: string): GpuFacts | undefined {
  return byType.get(instanceType);
}

/** Every instance type with documented GPU facts. */
export function knownGpuTypes(): string[] {
  return [...byType.keys()];
}
