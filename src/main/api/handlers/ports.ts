import type { portsRequests } from '../../../shared/contract/ports';
import type { PortForwards } from '../../workbench';
import type { AreaHandlers } from '../handler';

/** Ports of the instance forwarded to this computer's loopback. */
export function portsHandlers(
  ports: Pick<PortForwards, 'openPort' | 'close' | 'list'>,
): AreaHandlers<typeof portsRequests> {
  return {
    'ports.open': ({ sessionId, remotePort, localPort }) => ports.openPort(sessionId, remotePort, localPort),
    'ports.close': ({ id }) => ports.close(id),
    'ports.list': (input) => ports.list(input?.sessionId),
  };
}
