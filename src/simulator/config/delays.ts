/**
 * Simulated milliseconds each asynchronous step takes. Only a few are documented (Pending lasts
 * "a few seconds", DetachDisk about a minute, the spot notice about five minutes); the rest are
 * realistic guesses and every one can be overridden through `SimulatorOptions.delays`.
 */
export const DEFAULT_DELAYS = {
  /** RunInstances: Pending → Starting. */
  instancePending: 5_000,
  /** Starting → Running (also waits for the instance host's boot). */
  instanceStarting: 25_000,
  /** Running → Stopped (StopInstance, graceful). */
  instanceStopping: 15_000,
  /** Running → Stopped with ForceStop. */
  instanceForceStopping: 3_000,
  /** DeleteInstance with Force on a running instance: power-off before it disappears. */
  instanceForceRelease: 5_000,
  /** CreateDisk: Creating → Available. */
  diskCreating: 3_000,
  /** AttachDisk: Attaching → In_use. */
  diskAttaching: 5_000,
  /** DetachDisk: Detaching → Available. */
  diskDetaching: 60_000,
  /** CreateSnapshot: fixed part of progressing → accomplished. */
  snapshotBase: 30_000,
  /** CreateSnapshot: added per GiB of the source disk. */
  snapshotPerGiB: 1_500,
  /** CreateImage: Creating → Available (after its snapshots). */
  imageCreating: 300_000,
  /** CreateVpc: Pending → Available. */
  vpcCreating: 3_000,
  /** CreateVSwitch: Pending → Available. */
  vSwitchCreating: 3_000,
  /** DeleteVSwitch: the vSwitch stays Pending this long before it is gone. */
  vSwitchDeleting: 5_000,
  /** DeleteVpc: the VPC stays Deleting this long before it is gone. */
  vpcDeleting: 5_000,
  /** After an instance is released, its network interface still holds its security groups and vSwitch this long. */
  instanceNicRelease: 30_000,
  /** Spot reclaim: the Recycling notice precedes the release by this long. */
  spotReclaimNotice: 5 * 60_000,
  /** How often the market re-evaluates spot instances against their price limit. */
  spotEvaluationInterval: 5 * 60_000,
  /** SpotDuration=1: no reclaim within this time after creation. */
  spotProtection: 60 * 60_000,
};

export type DelayName = keyof typeof DEFAULT_DELAYS;
export type Delays = Record<DelayName, number>;

export function resolveDelays(overrides: Partial<Record<string, number>> = {}): Delays {
  const delays: Delays = { ...DEFAULT_DELAYS };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in DEFAULT_DELAYS)) throw new RangeError(`unknown delay "${name}"`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`delay "${name}" must be a number of ms ≥ 0`);
    }
    delays[name as DelayName] = value;
  }
  return delays;
}
