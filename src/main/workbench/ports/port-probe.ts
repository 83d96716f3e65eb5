import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import type { PortServes } from '../../../shared/ports';

export interface ProbeResult {
  serves: PortServes;
  fingerprint256?: string;
}

/**
 * What answers on a port of the instance: a TLS handshake is tried over a channel of its own
 * (the certificate is read, never trusted); one that completes is HTTPS, pinned when its
 * certificate is the notebook's, which Danlu made. A refused channel means nothing listens yet;
 * anything else is taken as plain HTTP.
 */
export async function probePort(
  open: () => Promise<Duplex>,
  notebookPin: string | undefined,
  timeoutMs = 5000,
): Promise<ProbeResult> {
  let channel: Duplex;
  try {
    channel = await open();
  } catch {
    return { serves: 'nothing' };
  }
  const fingerprint = await new Promise<string | undefined>((resolve) => {
    const socket = tlsConnect({ socket: channel, rejectUnauthorized: false, servername: undefined });
    const timer = setTimeout(() => done(undefined), timeoutMs);
    function done(value: string | undefined) {
      clearTimeout(timer);
      socket.destroy();
      channel.destroy();
      resolve(value);
    }
    socket.once('secureConnect', () => done(socket.getPeerX509Certificate()?.fingerprint256 ?? ''));
    socket.once('error', () => done(undefined));
    socket.once('close', () => done(undefined));
  });
  if (fingerprint === undefined) return { serves: 'http' };
  const pinned = notebookPin !== undefined && fingerprint.toUpperCase() === notebookPin.toUpperCase();
  return { serves: pinned ? 'https-pinned' : 'https-unknown', fingerprint256: fingerprint };
}
