import type { AwsReferenceRow } from '../../shared/prices';
import { inBoth } from '../../shared/words/message';

/**
 * A static reference for comparing with AWS EC2, as the seed compared GN5 (P100) with
 * p2.xlarge (K80). Prices are us-east-1 Linux on-demand list prices and typical observed spot
 * ranges; they are facts at `asOf`, shown as such, never as live quotes.
 */
export const awsReference = {
  asOf: '2026-06',
  region: inBoth('prices.aws.region'),
  currency: 'USD' as const,
  /** Used only to show an approximate CNY figure next to the USD one. */
  cnyPerUsd: 7.1,
  sources: [
    {
      url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      what: inBoth('prices.aws.sourceWhat.onDemand'),
    },
    {
      url: 'https://aws.amazon.com/ec2/spot/pricing/',
      what: inBoth('prices.aws.sourceWhat.spot'),
    },
    {
      url: 'https://aws.amazon.com/about-aws/whats-new/2025/06/',
      what: inBoth('prices.aws.sourceWhat.announcement'),
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
      note: inBoth('prices.aws.rowNote.p2'),
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
      note: inBoth('prices.aws.rowNote.g4dn'),
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
      note: inBoth('prices.aws.rowNote.p3'),
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
      note: inBoth('prices.aws.rowNote.g5'),
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
      note: inBoth('prices.aws.rowNote.p4d'),
    },
  ] satisfies AwsReferenceRow[],
  /** Differences the seed pointed out, still true at `asOf`. */
  features: [
    inBoth('prices.aws.feature.stopBilling'),
    inBoth('prices.aws.feature.images'),
    inBoth('prices.aws.feature.notice'),
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
