import { msg } from '../../../shared/words/message';
import { closeSpans } from '../journal/billing-timeline';
import { young } from '../not-yet';
import { isDanlus, notDanlus, VERBS } from '../reconcile/ownership';
import type { Say, StepScope } from '../step-scope';
import { untilTaken } from '../until-taken';

const MINUTE = 60_000;

/**
 * Deletes a data disk of Danlu's once it is detached (read again right before; one made a moment
 * ago is read until the cloud lists it), and checks it is gone before it stops billing it.
 * Callers decide whether the disk may go: never the last copy of the user's data.
 */
export async function deleteDisk(scope: StepScope, diskId: string, say: Say = (m) => scope.log(m)): Promise<void> {
  const ready = await scope.wait(
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }).then((p) => p.disks[0] ?? null),
    // Not listed: gone, unless it was made a moment ago (then "not yet").
    (disk) =>
      disk === null
        ? !young(scope, diskId)
        : disk.status !== 'Detaching' && disk.status !== 'In_use' && disk.status !== 'Creating',
    {
      timeoutMs: 10 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.diskDetached', { diskId }),
    },
  );
  if (ready) {
    // That read was right before: the disk is deleted only when it carries Danlu's tag.
    if (!isDanlus(ready.tags)) throw notDanlus('disk', diskId, VERBS.delete);
    await untilTaken(scope, 'DeleteDisk', diskId, (api) =>
      api.deleteDisk({ regionId: scope.region, diskId }, { signal: scope.signal }),
    );
  }
  await scope.wait(
    (api) => api.describeDisks({ regionId: scope.region, diskIds: [diskId] }),
    (page) => page.disks.length === 0,
    {
      timeoutMs: 5 * MINUTE,
      intervalMs: 1000,
      what: msg('wait.diskDeleted', { diskId }),
    },
  );
  scope.update((s) => {
    if (s.resources.diskId === diskId) {
      s.resources.diskId = undefined;
      s.diskZoneId = undefined;
    }
    if (s.resources.keptDiskIds) s.resources.keptDiskIds = s.resources.keptDiskIds.filter((id) => id !== diskId);
  });
  scope.bill((t, at) => closeSpans(t.disks, at, (d) => d.diskId === diskId));
  say(msg('operation.disk.deleted', { diskId }));
}
