import type { HostDisk, InstanceBootSpec, InstanceHost } from '../../../../src/simulator/instance-host';

/** An InstanceHost that records every call and lets the test decide when a boot finishes. */
export class RecordingHost implements InstanceHost {
  readonly calls: Array<[string, ...unknown[]]> = [];
  /** Boots wait for `releaseBoots()` while `holdBoots` is true. */
  holdBoots = false;
  private waiting: Array<() => void> = [];
  private next = 20;
  closed = false;

  async boot(spec: InstanceBootSpec): Promise<{ publicIp: string }> {
    this.calls.push(['boot', spec]);
    if (this.holdBoots) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return { publicIp: `127.0.0.${this.next++}` };
  }

  releaseBoots(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  async stop(instanceId: string) {
    this.calls.push(['stop', instanceId]);
  }
  async release(instanceId: string) {
    this.calls.push(['release', instanceId]);
  }
  async attachDisk(instanceId: string, disk: HostDisk) {
    this.calls.push(['attachDisk', instanceId, disk]);
  }
  async detachDisk(instanceId: string, diskId: string) {
    this.calls.push(['detachDisk', instanceId, diskId]);
  }
  async createDisk(diskId: string, sizeGiB: number) {
    this.calls.push(['createDisk', diskId, sizeGiB]);
  }
  async snapshotDisk(diskId: string, snapshotId: string) {
    this.calls.push(['snapshotDisk', diskId, snapshotId]);
  }
  async createDiskFromSnapshot(snapshotId: string, diskId: string, sizeGiB: number) {
    this.calls.push(['createDiskFromSnapshot', snapshotId, diskId, sizeGiB]);
  }
  async deleteDisk(diskId: string) {
    this.calls.push(['deleteDisk', diskId]);
  }
  async deleteSnapshot(snapshotId: string) {
    this.calls.push(['deleteSnapshot', snapshotId]);
  }
  scheduleTermination(instanceId: string, at: Date | null) {
    this.calls.push(['scheduleTermination', instanceId, at]);
  }
  async close() {
    this.closed = true;
  }

  private powerOffListeners: Array<(instanceId: string) => void> = [];
  watchPowerOffs(listener: (instanceId: string) => void) {
    this.powerOffListeners.push(listener);
  }

  /** The machine powers itself off, as a shutdown inside it would. */
  powerOffFromInside(instanceId: string): void {
    for (const listener of this.powerOffListeners) listener(instanceId);
  }

  names(): string[] {
    return this.calls.map((c) => c[0]);
  }
}
