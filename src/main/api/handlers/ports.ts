import type { portsRequests } from '../../../shared/contract/ports';
import type { PinnedPage } from '../../../shared/ports';
import type { PortForwards } from '../../workbench';
import type { AreaHandlers } from '../handler';

/** Ports of the instance forwarded to this computer's loopback. */
export function portsHandlers(
  ports: Pick<PortForwards, 'openPort' | 'close' | 'list' | 'pinnedPage'>,
  openPinned: ((page: PinnedPage) => Promise<boolean>) | undefined,
): AreaHandlers<typeof portsRequests> {
  return {
    'ports.visit': async ({ id }) => {
      const page = await ports.pinnedPage(id);
      if (page.fingerprint256 === undefined) return { opened: false, url: page.url };
      return { opened: (await openPinned?.(page as PinnedPage)) ?? false, url: page.url };
    },
    'ports.open': ({ sessionId, remotePort, localPort }) => ports.openPort(sessionId, remotePort, localPort),
    'ports.close': ({ id }) => ports.close(id),
    'ports.list': (input) => ports.list(input?.sessionId),
  };
}
