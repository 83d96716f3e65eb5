import type { resourcesRequests } from '../../../shared/contract/resources';
import type { SessionHub } from '../../sessions';
import type { AreaHandlers } from '../handler';

/** Danlu's resources in the cloud: listed against the journal, and deleted one by one. */
export function resourcesHandlers(
  sessions: Pick<SessionHub, 'reconcile' | 'deleteResource'>,
): AreaHandlers<typeof resourcesRequests> {
  return {
    'resources.reconcile': ({ allRegions }) => sessions.reconcile(allRegions),
    'resources.delete': (target) => sessions.deleteResource(target),
  };
}
