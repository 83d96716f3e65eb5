import { createConnection, createServer, type Socket } from 'node:net';
import type { SshConnector } from '../../src/main/bootstrap/ssh-runner';

/**
 * A TCP relay on 127.0.0.1 in front of a server, to play the network: `cut()` drops every
 * connection through it now (as a dropped link would), and while `unreachable` is set new ones
 * are refused.
 */
export interface CuttableRelay {
  host: string;
  port: number;
  unreachable: boolean;
  cut(): void;
  close(): Promise<void>;
}

export async function startRelay(targetHost: string, targetPort: number): Promise<CuttableRelay> {
  const sockets = new Set<Socket>();
  const relay = { unreachable: false } as CuttableRelay;
  const server = createServer((client) => {
    if (relay.unreachable) return client.destroy();
    const upstream = createConnection(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return Object.assign(relay, {
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    cut() {
      for (const s of sockets) s.destroy();
    },
    async close() {
      relay.cut();
      await new Promise<void>((r) => server.close(() => r()));
    },
  });
}

/** SSH to a machine's port 22 through a relay of its own (made on first use per address). */
export function throughRelays(inner: SshConnector, relays: Map<string, CuttableRelay>): SshConnector {
  return {
    async connect(target, options) {
      let relay = relays.get(target.host);
      if (!relay) {
        relay = await startRelay(target.host, target.port ?? 22);
        relays.set(target.host, relay);
      }
      return inner.connect({ ...target, host: relay.host, port: relay.port }, options);
    },
  };
}
