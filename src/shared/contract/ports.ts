import { z } from 'zod';
import { inputHint } from '../input-hints';
import type { PortForward } from '../ports';
import { event, request } from './define';

const sessionId = z.string().regex(/^ses-[a-z0-9-]+$/, inputHint('sessionId'));

export const portsRequests = {
  /**
   * Forwards a port of the instance to 127.0.0.1 on this computer through the session's pinned
   * SSH connection; nothing is opened in the security group. 22 is refused (SSH itself).
   */
  'ports.open': request<PortForward>()(
    z.strictObject({
      sessionId,
      remotePort: z
        .number()
        .int(inputHint('remotePort'))
        .min(1, inputHint('remotePort'))
        .max(65535, inputHint('remotePort')),
      /** Unset: the same number when it is free, else any free one. */
      localPort: z
        .number()
        .int(inputHint('localPort'))
        .min(1024, inputHint('localPort'))
        .max(65535, inputHint('localPort'))
        .optional(),
    }),
  ),
  /**
   * Opens a forward that serves HTTPS with the notebook's pinned certificate in Danlu's own window
   * (desktop app); `opened` false where there is none (a browser), or for any other forward.
   */
  'ports.visit': request<{ opened: boolean; url: string }>()(
    z.strictObject({ id: z.string().regex(/^fwd-[a-z0-9]+$/) }),
  ),
  'ports.close': request<PortForward[]>()(z.strictObject({ id: z.string().regex(/^fwd-[a-z0-9]+$/) })),
  /** The open forwards, of one session or all. */
  'ports.list': request<PortForward[]>()(z.strictObject({ sessionId: sessionId.optional() }).optional()),
};

export const portsEvents = {
  /** Every open forward, after any change (opened, closed, a connection through one). */
  'ports.changed': event<PortForward[]>(),
};
