/**
 * When each part of a session was billed, kept in the journal so the meter survives restarts.
 * Times are the cloud's (ISO); an open span has no `to`.
 */
export interface BilledSpan {
  from: string;
  to?: string;
}

/**
 * Compute (vCPU, memory, GPU) of one instance at the spot price of its zone and type. Spans
 * journaled before instances were named carry no `instanceId` and are priced at the market.
 */
export interface ComputeBilledSpan extends BilledSpan {
  regionId: string;
  zoneId: string;
  instanceType: string;
  instanceId?: string;
  /** When the instance was bought: a spot instance released within the hour is billed at this moment's price. */
  purchasedAt?: string;
  /** When the cloud released the instance (its billing duration ends here); absent while it exists. */
  releasedAt?: string;
}

export interface BillingTimeline {
  compute: ComputeBilledSpan[];
  /** Cloud disks: the system disk and the data disk, per GiB·hour. */
  disks: Array<BilledSpan & { diskId: string; sizeGiB: number; category: string; performanceLevel: string }>;
  /** Snapshot storage, per GiB·month of the source disk. */
  snapshots: Array<BilledSpan & { snapshotId: string; sizeGiB: number }>;
}

export function emptyTimeline(): BillingTimeline {
  return { compute: [], disks: [], snapshots: [] };
}

/** Closes every open span matching `which` at `at`. */
export function closeSpans<T extends BilledSpan>(
  spans: T[],
  at: string,
  which: (span: T) => boolean = () => true,
): void {
  for (const span of spans) if (!span.to && which(span)) span.to = at;
}

/**
 * The instance is gone: its compute and its system disk stop billing at `at`, and its billing
 * duration (which decides how a short spot run is priced) ends there. A span journaled before
 * spans named their instance is closed too, as it was then.
 */
export function instanceReleased(timeline: BillingTimeline, instanceId: string, at: string): void {
  for (const span of timeline.compute) {
    if (span.instanceId !== undefined && span.instanceId !== instanceId) continue;
    span.to ??= at;
    if (span.instanceId === instanceId) span.releasedAt ??= at;
  }
  closeSpans(timeline.disks, at, (d) => d.diskId === `system:${instanceId}`);
}

/** True while any span of the list is open. */
export function isOpen(spans: BilledSpan[]): boolean {
  return spans.some((s) => !s.to);
}
