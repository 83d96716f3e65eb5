import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * Listens on one TCP address of the host and pipes every connection to a Unix socket, behind
 * which a relay inside the instance's network namespace reaches the instance's own port. TLS and
 * SSH pass through untouched.
 */
export class TcpForwarder {
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  /** Resolves once listening; rejects with the listen error (EADDRINUSE when the address is taken). */
  static listen(host: string, port: number, unixPath: string): Promise<TcpForwarder> {
    return new Promise((resolve, reject) => {
      const server = createServer();
      const forwarder = new TcpForwarder(server);
      server.on('connection', (client) => forwarder.pipe(client, unixPath));
      server.once('error', reject);
      server.listen({ host, port, exclusive: true }, () => {
        server.off('error', reject);
        resolve(forwarder);
      });
    });
  }

  private pipe(client: Socket, unixPath: string): void {
    const upstream = createConnection(unixPath);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  }

  /** Cuts every connection now (as a dropped network would) without closing the listener. */
  dropConnections(): void {
    for (const s of this.sockets) s.destroy();
  }

  close(): Promise<void> {
    this.dropConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
