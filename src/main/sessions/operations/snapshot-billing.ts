import { closeSpans } from '../journal/billing-timeline';
import type { StepScope } from '../step-scope';

/** A deleted snapshot stops billing in whichever session's timeline holds it. */
export function snapshotGone(scope: StepScope, snapshotId: string): void {
  const at = scope.now();
  for (const record of scope.deps.journal.list()) {
    if (!record.billing?.snapshots.some((s) => s.snapshotId === snapshotId && !s.to)) continue;
    scope.deps.journal.update(record.id, (s) => {
      if (s.billing) closeSpans(s.billing.snapshots, at, (x) => x.snapshotId === snapshotId);
    });
  }
}
