import { useEffect, useState } from 'react';
import type { SessionView } from '../../../shared/session';
import { danlu } from '../../lib/danlu';

/** What the session's data disk costs a month, read from the resource list when the dialog asks. */
export function useDiskMonthly(session: SessionView | undefined): number | undefined {
  const [cost, setCost] = useState<number>();
  const diskId = session?.resources.diskId;
  useEffect(() => {
    if (!diskId) return;
    let live = true;
    danlu()
      .resources.reconcile({ allRegions: false })
      .then((r) => live && setCost(r.resources.find((x) => x.kind === 'disk' && x.id === diskId)?.monthlyCost))
      .catch(() => {
        // Without the figure the dialog explains the cost in words.
      });
    return () => {
      live = false;
    };
  }, [diskId]);
  return cost;
}
