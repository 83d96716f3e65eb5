import { apiError } from '../api/api-error';
import type { Instance, Vpc, VSwitch } from '../state/resources';
import type { World } from '../state/world';

/** A released instance's network interface stays in its groups and vSwitch a while longer. */
export function lingerNic(world: World, inst: Instance, at: number): void {
  world.store.releasedNics.push({
    instanceId: inst.id,
    vSwitchId: inst.vSwitchId,
    securityGroupIds: [...inst.securityGroupIds],
    until: at + world.delays.instanceNicRelease,
  });
}

/** Whether a released instance's interface still holds the group or vSwitch at `now`. */
export function heldByReleasedNic(world: World, now: number, used: { securityGroupId?: string; vSwitchId?: string }) {
  world.store.releasedNics = world.store.releasedNics.filter((n) => n.until > now);
  return world.store.releasedNics.some(
    (n) =>
      (used.vSwitchId !== undefined && n.vSwitchId === used.vSwitchId) ||
      (used.securityGroupId !== undefined && n.securityGroupIds.includes(used.securityGroupId)),
  );
}

/**
 * The cloud refuses to delete a vSwitch while another vSwitch of the same VPC is being created
 * or deleted; which code it answers with varies (the `vpcConflictCodes` assumption).
 */
export function conflictError(world: World) {
  return apiError(world.pickConflictCode(), 'The operation conflicts with a task in progress in this VPC.', 400);
}

/** DeleteVSwitch accepted: Pending until it is gone. */
export function startDeletingVSwitch(world: World, vsw: VSwitch, now: number): void {
  world.timers.cancel(vsw.id);
  vsw.status = 'Pending';
  vsw.deletingUntil = now + world.delays.vSwitchDeleting;
  world.timers.at(vsw.id, vsw.deletingUntil, () => world.store.vSwitches.delete(vsw.id));
}

/** DeleteVpc accepted: Deleting until it is gone. */
export function startDeletingVpc(world: World, vpc: Vpc, now: number): void {
  world.timers.cancel(vpc.id);
  vpc.status = 'Deleting';
  vpc.deletingUntil = now + world.delays.vpcDeleting;
  world.timers.at(vpc.id, vpc.deletingUntil, () => world.store.vpcs.delete(vpc.id));
}
