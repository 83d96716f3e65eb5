import type { updatesRequests } from '../../../shared/contract/updates';
import type { UpdateController } from '../../desktop/updates/update-controller';
import type { AreaHandlers } from '../handler';

/** Where this Danlu stands with its next version; check now; restart into it. */
export function updatesHandlers(
  updates: Pick<UpdateController, 'status' | 'check' | 'restart'>,
): AreaHandlers<typeof updatesRequests> {
  return {
    'updates.status': () => updates.status(),
    'updates.check': () => updates.check(),
    'updates.restart': () => updates.restart(),
  };
}
