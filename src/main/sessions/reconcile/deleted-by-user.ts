import type { OwnedResource } from '../../../shared/resources';
import { closeSpans } from '../journal/billing-timeline';
import { toView } from '../journal/session-view';
import type { SessionDeps } from '../session-deps';

/**
 * The user deleted a disk or a snapshot on the Resources page: it stops billing in whichever
 * session showed it (a kept disk, a release's snapshot), and a kept disk is no longer kept.
 */
export function deletedByUser(
  deps: Pick<SessionDeps, 'journal' | 'clock' | 'onChange'>,
  kind: OwnedResource['kind'],
  id: string,
): void {
  if (kind !== 'disk' && kind !== 'snapshot') return;
  const at = new Date(deps.clock.now()).toISOString();
  for (const record of deps.journal.list()) {
    const billed =
      kind === 'disk'
        ? record.billing?.disks.some((d) => d.diskId === id && !d.to) || record.resources.keptDiskIds?.includes(id)
        : record.billing?.snapshots.some((s) => s.snapshotId === id && !s.to);
    if (!billed) continue;
    const after = deps.journal.update(record.id, (s) => {
      if (kind === 'disk') {
        if (s.billing) closeSpans(s.billing.disks, at, (d) => d.diskId === id);
        if (s.resources.keptDiskIds) s.resources.keptDiskIds = s.resources.keptDiskIds.filter((k) => k !== id);
      } else if (s.billing) {
        closeSpans(s.billing.snapshots, at, (x) => x.snapshotId === id);
      }
    });
    deps.onChange(toView(after));
  }
}
