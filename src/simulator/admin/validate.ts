import { bandwidthMeterId } from '../lifecycle/metering';
import type { World } from '../state/world';

/** The result of a consistency check: no dangling references, billing matching state. */
export interface ValidationReport {
  ok: boolean;
  problems: string[];
  counts: {
    vpcs: number;
    vSwitches: number;
    securityGroups: number;
    keyPairs: number;
    instances: number;
    disks: number;
    snapshots: number;
    images: number;
    ledgerEntries: number;
  };
}

export function validate(world: World): ValidationReport {
  const s = world.store;
  const problems: string[] = [];
  const problem = (text: string) => problems.push(text);

  for (const vsw of s.vSwitches.values()) if (!s.vpcs.has(vsw.vpcId)) problem(`${vsw.id}: VPC ${vsw.vpcId} is gone`);
  for (const sg of s.securityGroups.values()) {
    if (!s.vpcs.has(sg.vpcId)) problem(`${sg.id}: VPC ${sg.vpcId} is gone`);
    for (const rule of sg.rules) {
      if (rule.sourceGroupId && !s.securityGroups.has(rule.sourceGroupId))
        problem(`${sg.id}: rule ${rule.id} names a missing group`);
    }
  }

  const publicIps = new Map<string, string>();
  const privateIps = new Map<string, string>();
  for (const inst of s.instances.values()) {
    const vsw = s.vSwitches.get(inst.vSwitchId);
    if (!vsw) problem(`${inst.id}: vSwitch ${inst.vSwitchId} is gone`);
    else if (vsw.vpcId !== inst.vpcId || vsw.zoneId !== inst.zoneId)
      problem(`${inst.id}: vSwitch in another VPC or zone`);
    if (!s.vpcs.has(inst.vpcId)) problem(`${inst.id}: VPC ${inst.vpcId} is gone`);
    for (const sg of inst.securityGroupIds)
      if (!s.securityGroups.has(sg)) problem(`${inst.id}: security group ${sg} is gone`);
    const disks = s.disksOf(inst.id);
    if (disks.filter((d) => d.type === 'system').length !== 1) problem(`${inst.id}: has no single system disk`);
    const devices = disks.map((d) => d.device);
    if (new Set(devices).size !== devices.length) problem(`${inst.id}: two disks share a device name`);
    if (inst.publicIp) {
      if (publicIps.has(inst.publicIp))
        problem(`${inst.id}: public IP ${inst.publicIp} also used by ${publicIps.get(inst.publicIp)}`);
      publicIps.set(inst.publicIp, inst.id);
    }
    const privateKey = `${inst.vSwitchId}/${inst.privateIp}`;
    if (privateIps.has(privateKey))
      problem(`${inst.id}: private IP ${inst.privateIp} also used by ${privateIps.get(privateKey)}`);
    privateIps.set(privateKey, inst.id);
    const economical = inst.status === 'Stopped' && inst.stoppedMode === 'StopCharging';
    if (world.ledger.isBilling(inst.id) === economical) {
      problem(
        `${inst.id}: compute billing ${economical ? 'open while stopped in economical mode' : 'closed while it should run'}`,
      );
    }
    if (inst.locks.includes('Recycling') !== (inst.reclaimAt !== undefined))
      problem(`${inst.id}: Recycling lock without a release time`);
    if (economical && inst.publicIp) problem(`${inst.id}: kept its public IP in economical mode`);
  }

  for (const disk of s.disks.values()) {
    const attached = disk.status === 'In_use' || disk.status === 'Attaching' || disk.status === 'Detaching';
    if (attached !== (disk.instanceId !== ''))
      problem(`${disk.id}: status ${disk.status} but instance "${disk.instanceId}"`);
    if (disk.instanceId) {
      const inst = s.instances.get(disk.instanceId);
      if (!inst) problem(`${disk.id}: attached to missing instance ${disk.instanceId}`);
      else if (inst.zoneId !== disk.zoneId) problem(`${disk.id}: attached across zones`);
    }
    if (disk.snapshotInProgress) {
      const snap = s.snapshots.get(disk.snapshotInProgress);
      if (snap?.status !== 'progressing')
        problem(`${disk.id}: marks snapshot ${disk.snapshotInProgress} as in progress`);
    }
    if (!world.ledger.isBilling(disk.id)) problem(`${disk.id}: exists but is not billed`);
  }
  for (const snap of s.snapshots.values()) {
    if (
      snap.status === 'progressing' &&
      s.disks.get(snap.sourceDiskId)?.snapshotInProgress !== snap.id &&
      s.disks.has(snap.sourceDiskId)
    ) {
      problem(`${snap.id}: progressing but its disk does not know`);
    }
    if (!world.ledger.isBilling(snap.id)) problem(`${snap.id}: exists but is not billed`);
  }
  for (const image of s.images.values()) {
    for (const m of image.mappings)
      if (!s.snapshots.has(m.snapshotId)) problem(`${image.id}: snapshot ${m.snapshotId} is gone`);
  }

  const report = world.ledger.report(world.now());
  const live = new Set([
    ...s.instances.keys(),
    ...[...s.instances.keys()].map(bandwidthMeterId),
    ...s.disks.keys(),
    ...s.snapshots.keys(),
  ]);
  for (const entry of report.entries) {
    if (entry.cost < 0 || entry.seconds < 0) problem(`ledger: negative entry for ${entry.resourceId}`);
    if (entry.open && !live.has(entry.resourceId)) problem(`ledger: ${entry.resourceId} is gone but still billed`);
  }
  for (const inst of s.instances.values()) {
    if (inst.spotStrategy === 'NoSpot') continue;
    const used = world.spotInUse(inst.regionId, inst.zoneId, inst.instanceType);
    if (used > world.market.capacity(inst.regionId, inst.zoneId, inst.instanceType)) {
      problem(`${inst.regionId}/${inst.zoneId}/${inst.instanceType}: more spot instances than capacity`);
    }
  }

  return {
    ok: problems.length === 0,
    problems: [...new Set(problems)],
    counts: {
      vpcs: s.vpcs.size,
      vSwitches: s.vSwitches.size,
      securityGroups: s.securityGroups.size,
      keyPairs: s.keyPairs.size,
      instances: s.instances.size,
      disks: s.disks.size,
      snapshots: s.snapshots.size,
      images: s.images.size,
      ledgerEntries: report.entries.length,
    },
  };
}
