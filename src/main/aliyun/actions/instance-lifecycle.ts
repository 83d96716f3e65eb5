import { cloudAction } from '../cloud-action';
import { apiTime } from '../wire-params';

interface InstanceRef {
  regionId: string;
  instanceId: string;
  /** Validate only; success shows as a CloudError of kind dry_run_ok. */
  dryRun?: boolean;
}

/** StartInstance: Stopped → Starting → Running (may fail for stock or price after economical stop). */
export const startInstance = cloudAction('StartInstance', (input: InstanceRef) => ({
  InstanceId: input.instanceId,
  DryRun: input.dryRun,
}));

/**
 * StopInstance: Running → Stopping → Stopped. StopCharging (economical mode) frees compute,
 * GPU and the public IP; where it does not apply the cloud silently stops in KeepCharging, so
 * read `stoppedMode` back from describeInstances.
 */
export const stopInstance = cloudAction(
  'StopInstance',
  (input: InstanceRef & { forceStop?: boolean; stoppedMode?: 'StopCharging' | 'KeepCharging' }) => ({
    InstanceId: input.instanceId,
    ForceStop: input.forceStop,
    StoppedMode: input.stoppedMode,
    DryRun: input.dryRun,
  }),
);

export const rebootInstance = cloudAction('RebootInstance', (input: InstanceRef & { forceStop?: boolean }) => ({
  InstanceId: input.instanceId,
  ForceStop: input.forceStop,
  DryRun: input.dryRun,
}));

/**
 * DeleteInstance: releases the instance. Without `force` only a Stopped instance may go;
 * disks with DeleteWithInstance=false survive as pay-as-you-go disks.
 */
export const deleteInstance = cloudAction(
  'DeleteInstance',
  (input: InstanceRef & { force?: boolean; forceStop?: boolean }) => ({
    InstanceId: input.instanceId,
    Force: input.force,
    ForceStop: input.forceStop,
    DryRun: input.dryRun,
  }),
);

/** Sets (or, with `autoReleaseTime` undefined, cancels) the automatic release time. */
export const modifyInstanceAutoReleaseTime = cloudAction(
  'ModifyInstanceAutoReleaseTime',
  (input: { regionId: string; instanceId: string; autoReleaseTime?: string | Date }) => ({
    InstanceId: input.instanceId,
    AutoReleaseTime: apiTime(input.autoReleaseTime),
  }),
);
