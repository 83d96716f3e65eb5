import type { AwsReferenceRow } from '../../shared/prices';

/**
 * A static reference for comparing with AWS EC2, as the seed compared GN5 (P100) with
 * p2.xlarge (K80). Prices are us-east-1 Linux on-demand list prices and typical observed spot
 * ranges; they are facts at `asOf`, shown as such, never as live quotes.
 */
export const awsReference = {
  asOf: '2026-06',
  region: { en: 'us-east-1 (N. Virginia), Linux', zh: 'us-east-1（弗吉尼亚北部），Linux' },
  currency: 'USD' as const,
  /** Used only to show an approximate CNY figure next to the USD one. */
  cnyPerUsd: 7.1,
  sources: [
    {
      url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      what: { en: 'On-demand list prices, us-east-1', zh: '按需实例标价，us-east-1' },
    },
    {
      url: 'https://aws.amazon.com/ec2/spot/pricing/',
      what: {
        en: 'Spot prices and the EC2 Spot price history (typical ranges)',
        zh: '竞价价格与 EC2 竞价历史（常见区间）',
      },
    },
    {
      url: 'https://aws.amazon.com/about-aws/whats-new/2025/06/',
      what: {
        en: 'AWS announcement of June 2025: P4d/P4de on-demand prices reduced by up to 33 %',
        zh: 'AWS 2025 年 6 月公告：P4d/P4de 按需价格最多下调 33%',
      },
    },
  ],
  rows: [
    {
      instanceType: 'p2.xlarge',
      gpuModel: 'NVIDIA K80',
      gpuCount: 1,
      gpuMemGiB: 12,
      vcpu: 4,
      memoryGiB: 61,
      onDemandUsd: 0.9,
      spotUsdLow: 0.27,
      spotUsdHigh: 0.45,
      note: {
        en: 'The original scripts compared GN5 with this type; previous generation, few regions still sell it.',
        zh: '最初的脚本拿 GN5 与它对比；上一代机型，已很少有地域出售。',
      },
    },
    {
      instanceType: 'g4dn.xlarge',
      gpuModel: 'NVIDIA T4',
      gpuCount: 1,
      gpuMemGiB: 16,
      vcpu: 4,
      memoryGiB: 16,
      onDemandUsd: 0.526,
      spotUsdLow: 0.16,
      spotUsdHigh: 0.26,
      note: {
        en: 'Closest to Alibaba gn6i (T4).',
        zh: '对应阿里云 gn6i（T4）。',
      },
    },
    {
      instanceType: 'p3.2xlarge',
      gpuModel: 'NVIDIA V100',
      gpuCount: 1,
      gpuMemGiB: 16,
      vcpu: 8,
      memoryGiB: 61,
      onDemandUsd: 3.06,
      spotUsdLow: 0.92,
      spotUsdHigh: 1.3,
      note: {
        en: 'Closest to Alibaba gn6v (V100 16 GB).',
        zh: '对应阿里云 gn6v（V100 16 GB）。',
      },
    },
    {
      instanceType: 'g5.xlarge',
      gpuModel: 'NVIDIA A10G',
      gpuCount: 1,
      gpuMemGiB: 24,
      vcpu: 4,
      memoryGiB: 16,
      onDemandUsd: 1.006,
      spotUsdLow: 0.35,
      spotUsdHigh: 0.5,
      note: {
        en: 'Closest to Alibaba gn7i (A10 24 GB).',
        zh: '对应阿里云 gn7i（A10 24 GB）。',
      },
    },
    {
      instanceType: 'p4d.24xlarge',
      gpuModel: 'NVIDIA A100',
      gpuCount: 8,
      gpuMemGiB: 40,
      vcpu: 96,
      memoryGiB: 1152,
      onDemandUsd: 21.96,
      spotUsdLow: 8,
      spotUsdHigh: 13,
      note: {
        en: 'Eight GPUs only; closest to Alibaba gn7 (A100 40 GB). Price after the June 2025 reduction.',
        zh: '只有 8 卡规格；对应阿里云 gn7（A100 40 GB）。价格为 2025 年 6 月降价后。',
      },
    },
  ] satisfies AwsReferenceRow[],
  /** Differences the seed pointed out, still true at `asOf`. */
  features: [
    {
      en: 'A stopped AWS instance stops compute billing (its EBS volumes still bill). On Alibaba Cloud the same needs economical mode (StopCharging), which gn5 with local disks does not support.',
      zh: 'AWS 实例停止后即停止计算计费（EBS 磁盘仍计费）。阿里云需使用节省停机模式（StopCharging），带本地盘的 gn5 不支持。',
    },
    {
      en: 'AWS offers Deep Learning AMIs with drivers and frameworks installed; Danlu gets the same by saving a bootstrapped instance as an image.',
      zh: 'AWS 提供预装驱动和框架的深度学习镜像；丹炉可将初始化好的实例保存为镜像，达到同样效果。',
    },
    {
      en: 'AWS spot instances get a 2-minute interruption notice; Alibaba Cloud gives about 5 minutes and can protect the first hour.',
      zh: 'AWS 竞价实例中断前约 2 分钟通知；阿里云约提前 5 分钟通知，并可保护第一个小时。',
    },
  ],
};

/** Normalises GPU names for matching ("NVIDIA A10G" and "NVIDIA A10" are the same chip family). */
export function gpuKey(model: string): string {
  return model
    .toUpperCase()
    .replace(/^NVIDIA\s+/, '')
    .replace(/\s*\(.*\)$/, '')
    .replace(/^A10G$/, 'A10')
    .trim();
}
