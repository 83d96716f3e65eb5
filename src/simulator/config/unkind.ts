import { z } from 'zod';

/**
 * Ways the real cloud is slower, busier and more abrupt than a client would like. Each is off in
 * the plain simulator (the values in KIND) and on with `unkind: true` (the values in UNKIND);
 * README.md "Unkind behaviours" gives the source of each and how sure it is.
 */
export interface Unkindness {
  /**
   * Simulated ms a new instance, disk, snapshot, image, security group, vSwitch, VPC or key pair
   * (and any new tag) stays out of Describe… and ListTagResources answers: drawn per resource in
   * [min, max] from the seeded stream. [0, 0] = listed at once.
   */
  listingLagMs: [number, number];
  /**
   * DeleteInstance is refused while the instance is Pending or Starting (even with Force) and for
   * this many simulated ms after it is Running. 0 = only a Pending instance is refused.
   */
  deleteRefusedAfterRunningMs: number;
  /** CreateVSwitch is refused while another vSwitch of the same VPC is being created or deleted. */
  vSwitchCreateConflicts: boolean;
  /** A VPC create retried with its ClientToken while the first is still Pending gets OperationFailed.LastTokenProcessing. */
  retriedTokenProcessing: boolean;
  /** Codes a throttled call is answered with, one drawn per refusal; empty = the `throttlingCode` assumption. */
  throttlingCodes: string[];
  /**
   * Chance per hour that a spot instance past its protection (SpotAsPriceGo too) is reclaimed for
   * capacity; with any value above 0 a stock outage of its offer reclaims it as well. 0 = only a
   * price above a SpotPriceLimit reclaims.
   */
  spotCapacityReclaimsPerHour: number;
  /** How DescribeSecurityGroupAttribute echoes a /32 source: as given (`cidr`), `bare`, or `mixed` per rule. */
  ruleAddressEcho: 'cidr' | 'bare' | 'mixed';
  /**
   * A power-off from inside the instance (reported by the instance host) stops it in standard mode
   * (KeepCharging, compute still billed), and a stopped instance economical mode cannot apply to
   * reads StoppedMode Not-applicable. Off: the host's power-offs are only logged.
   */
  osPowerOff: boolean;
  /** RunInstances, AttachDisk and CreateDisk accept only the disk categories the instance family (or zone) supports. */
  diskCategoriesByFamily: boolean;
  /** HttpTokens of instances created without it: `required` = the metadata service answers only with a token. */
  metadataTokens: 'optional' | 'required';
}

/** The plain simulator: every unkind behaviour off. */
export const KIND: Unkindness = {
  listingLagMs: [0, 0],
  deleteRefusedAfterRunningMs: 0,
  vSwitchCreateConflicts: false,
  retriedTokenProcessing: false,
  throttlingCodes: [],
  spotCapacityReclaimsPerHour: 0,
  ruleAddressEcho: 'cidr',
  osPowerOff: false,
  diskCategoriesByFamily: false,
  metadataTokens: 'optional',
};

/** Every unkind behaviour on, at values within what the cloud is seen to do. */
export const UNKIND: Unkindness = {
  listingLagMs: [2_000, 8_000],
  deleteRefusedAfterRunningMs: 30_000,
  vSwitchCreateConflicts: true,
  retriedTokenProcessing: true,
  throttlingCodes: ['Throttling.User', 'Rejected.Throttling'],
  spotCapacityReclaimsPerHour: 0.05,
  ruleAddressEcho: 'mixed',
  osPowerOff: true,
  diskCategoriesByFamily: true,
  metadataTokens: 'required',
};

const ms = z.number().min(0).max(3_600_000);

export const unkindnessSchema = z
  .object({
    listingLagMs: z.tuple([ms, ms]).refine(([min, max]) => min <= max, 'listingLagMs: min must not exceed max'),
    deleteRefusedAfterRunningMs: ms,
    vSwitchCreateConflicts: z.boolean(),
    retriedTokenProcessing: z.boolean(),
    throttlingCodes: z.array(z.string().min(1)),
    spotCapacityReclaimsPerHour: z.number().min(0).max(1000),
    ruleAddressEcho: z.enum(['cidr', 'bare', 'mixed']),
    osPowerOff: z.boolean(),
    diskCategoriesByFamily: z.boolean(),
    metadataTokens: z.enum(['optional', 'required']),
  })
  .strict();

/** What callers pass: true = all on, false = all off, or single behaviours over the plain defaults. */
export type UnkindInput = boolean | Partial<Unkindness>;

export const unkindInputSchema = z.union([z.boolean(), unkindnessSchema.partial().strict()]);

/** The behaviours an input asks for; throws on unknown names or values out of range. */
export function resolveUnkindness(input: UnkindInput | undefined, base: Unkindness = KIND): Unkindness {
  const parsed = unkindInputSchema.parse(input ?? false);
  if (parsed === true) return structuredClone(UNKIND);
  if (parsed === false) return structuredClone(KIND);
  return unkindnessSchema.parse({ ...structuredClone(base), ...parsed });
}
