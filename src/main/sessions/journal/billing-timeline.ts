/**
 * When each part of a session was billed, kept in the journal so the meter survives restarts.
 * Times are the cloud's (ISO); an open span has no `to`.
 */
export interface BilledSpan {
  from: string;
  to?: string;
}

export interface BillingTimeline {
  /** Compute (vCPU, memory, GPU) at the spot price of that zone and type. */
  compute: Array<BilledSpan & { regionId: string; zoneId: string; instanceType: string }>;
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

/** True while any span of the list is open. */
export function isOpen(spans: BilledSpan[]): boolean {
  return spans.some((s) => !s.to);
}
