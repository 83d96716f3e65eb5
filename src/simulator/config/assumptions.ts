/**
 * Behaviour no source settles ([U] in README.md), each with the value the simulator uses by
 * default. Override any of them through `SimulatorOptions.assumptions`.
 */
export interface Assumptions {
  /** Allowed distance between a request's timestamp and wall time (15 min is from another product's docs). */
  timestampSkewMs: number;
  /** How long a SignatureNonce stays unusable. */
  nonceWindowMs: number;
  /** Content-Type of every API answer. */
  contentType: string;
  /** HTTP status per error code where sources disagree (e.g. InvalidAccessKeyId.NotFound 400 vs 404). */
  errorStatus: Record<string, number>;
  /** The code a throttled call gets (Throttling, Throttling.User or Throttling.Api). */
  throttlingCode: string;
  /** Balance (CNY) below which pay-as-you-go and spot creation is refused (third-party figure: 100). */
  minimumBalance: number;
  /** StopInstance without StoppedMode: the account-wide console default. */
  defaultStoppedMode: 'KeepCharging' | 'StopCharging';
  /** Whether spot instances honour StopCharging (current docs: yes, except local-disk families). */
  spotEconomicalMode: boolean;
  /**
   * A spot instance with a protection hour that runs an hour or less is billed at the price at
   * purchase time (current spot billing docs); longer runs at each period's market price.
   */
  spotShortRunAtPurchasePrice: boolean;
  /** ImportKeyPair accepts ssh-ed25519 (not in the documented list). */
  acceptEd25519Keys: boolean;
  /** Spacing of spot price points (docs' samples are hourly). */
  spotPriceIntervalMs: number;
  /** Share of (zone, type, 6-hour block) combinations in which spot stock is temporarily gone. */
  spotStockOutageRate: number;
  /** Share of (zone, type, 6-hour block) combinations sold with low stock (`ClosedWithStock`). */
  spotStockLowRate: number;
  /** SpotPriceLimit with more than the documented three decimals: refused (InvalidSpotPriceLimit) or rounded. */
  spotPriceLimitExtraDecimals: 'refuse' | 'round';
  /** Public images carry an ImageFamily such as "acs:ubuntu_22_04_x64" (third-party sources; false: none does). */
  publicImageFamilies: boolean;
  /** Codes DeleteVSwitch answers while another vSwitch of the VPC is being created or deleted (one drawn per refusal). */
  vpcConflictCodes: string[];
  /** Codes CreateVSwitch answers while another vSwitch of the VPC is being created or deleted (the `vSwitchCreateConflicts` behaviour). */
  createVSwitchConflictCodes: string[];
  /** DescribeRegions' Status value. */
  regionStatus: string;
  /** GPUSpec strings by family where the docs name none (gn7e, gn8is, gn8v). */
  gpuSpec: Record<string, string>;
  /** Scale of the estimated CPU types' pay-as-you-go prices (1: ecs.c7.large about ¥0.62/h in cn-hangzhou). */
  cpuPriceScale: number;
  /** Largest page DescribeSpotPriceHistory returns before NextOffset. */
  spotHistoryPageSize: number;
  /** Per-region vCPU quotas reported by DescribeAccountAttributes and enforced by RunInstances. */
  maxPostpaidVcpu: number;
  maxSpotVcpu: number;
  maxSecurityGroups: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  timestampSkewMs: 15 * 60_000,
  nonceWindowMs: 15 * 60_000,
  contentType: 'application/json;charset=utf-8',
  errorStatus: {},
  throttlingCode: 'Throttling.User',
  minimumBalance: 100,
  defaultStoppedMode: 'KeepCharging',
  spotEconomicalMode: true,
  spotShortRunAtPurchasePrice: true,
  acceptEd25519Keys: false,
  spotPriceIntervalMs: 60 * 60_000,
  spotStockOutageRate: 0.05,
  spotStockLowRate: 0.08,
  spotPriceLimitExtraDecimals: 'refuse',
  publicImageFamilies: true,
  vpcConflictCodes: ['OperationDenied.OtherSubnetProcessing', 'TaskConflict', 'OperationConflict'],
  createVSwitchConflictCodes: [
    'TaskConflict',
    'OperationConflict',
    'IncorrectStatus',
    'OperationFailed.IdempotentTokenProcessing',
    'OperationFailed.DistibuteLock',
  ],
  regionStatus: 'available',
  gpuSpec: {},
  cpuPriceScale: 1,
  spotHistoryPageSize: 1000,
  maxPostpaidVcpu: 500,
  maxSpotVcpu: 800,
  maxSecurityGroups: 100,
};
