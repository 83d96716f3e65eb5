import type { gpuRequests } from '../../../shared/contract/gpu';
import type { SessionHub } from '../../sessions';
import type { MachineReaders } from '../../workbench';
import type { AreaHandlers } from '../handler';

/** A session's recent GPU readings (the session must exist). */
export function gpuHandlers(
  sessions: Pick<SessionHub, 'get'>,
  readers: Pick<MachineReaders, 'gpu'>,
): AreaHandlers<typeof gpuRequests> {
  return {
    'gpu.history': async ({ id }) => {
      await sessions.get(id);
      return readers.gpu.history(id);
    },
  };
}
