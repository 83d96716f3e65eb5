import type { CallOptions, CloudCaller } from '../cloud-caller';
import { text } from '../response-fields';
import type { Done } from './shared-types';
import { apiTime } from './spot-prices';

interface InstanceRef {
  regionId: string;
  instanceId: string;
  /** Validate only; success shows as a CloudError of kind dry_run_ok. */
  dryRun?: boolean;
}

/** StartInstance: Stopped → Starting → Running (may fail for stock or price after economical stop). */
export async function startInstance(c: CloudCaller, input: InstanceRef, options?: CallOptions): Promise<Done> {
  const body = await c.call(
    'StartInstance',
    input.regionId,
    { InstanceId: input.instanceId, DryRun: input.dryRun },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

/**
 * StopInstance: Running → Stopping → Stopped. StopCharging (economical mode) frees compute,
 * GPU and the public IP; where it does not apply the cloud silently stops in KeepCharging, so
 * read `stoppedMode` back from describeInstances.
 */
export async function stopInstance(
  c: CloudCaller,
  input: InstanceRef & { forceStop?: boolean; stoppedMode?: 'StopCharging' | 'KeepCharging' },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'StopInstance',
    input.regionId,
    {
      InstanceId: input.instanceId,
      ForceStop: input.forceStop,
      StoppedMode: input.stoppedMode,
      DryRun: input.dryRun,
    },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

export async function rebootInstance(
  c: CloudCaller,
  input: InstanceRef & { forceStop?: boolean },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'RebootInstance',
    input.regionId,
    { InstanceId: input.instanceId, ForceStop: input.forceStop, DryRun: input.dryRun },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

/**
 * DeleteInstance: releases the instance. Without `force` only a Stopped instance may go;
 * disks with DeleteWithInstance=false survive as pay-as-you-go disks.
 */
export async function deleteInstance(
  c: CloudCaller,
  input: InstanceRef & { force?: boolean; forceStop?: boolean },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'DeleteInstance',
    input.regionId,
    { InstanceId: input.instanceId, Force: input.force, ForceStop: input.forceStop, DryRun: input.dryRun },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

/** Sets (or, with `autoReleaseTime` undefined, cancels) the automatic release time. */
export async function modifyInstanceAutoReleaseTime(
  c: CloudCaller,
  input: { regionId: string; instanceId: string; autoReleaseTime?: string | Date },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'ModifyInstanceAutoReleaseTime',
    input.regionId,
    { InstanceId: input.instanceId, AutoReleaseTime: apiTime(input.autoReleaseTime) },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}
