import { createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** Only the loopback address: a forward is for this computer's own browser, never its network. */
export const LOOPBACK = '127.0.0.1';

/**
 * A listener on 127.0.0.1 whose every connection is carried to the instance by `reach` (a fresh
 * channel over the session's SSH connection, made again after a drop). The listener outlives a
 * dropped connection: the next visitor gets a new channel once the machine answers again.
 */
export class LoopbackForward {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** Listens on 127.0.0.1:`port` (0: any free one); rejects with the listen error (EADDRINUSE when taken). */
  static async listen(
    port: number,
    reach: () => Promise<Duplex>,
    onChange: (connections: number) => void,
    onError: (error: unknown) => void,
  ): Promise<LoopbackForward> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // `exclusive`: never share the port with another process's listener.
      server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const forward = new LoopbackForward(server, (server.address() as { port: number }).port);
    server.on('connection', (socket) => forward.carry(socket, reach, onChange, onError));
    return forward;
  }

  get connections(): number {
    return this.sockets.size;
  }

  private carry(
    socket: Socket,
    reach: () => Promise<Duplex>,
    onChange: (connections: number) => void,
    onError: (error: unknown) => void,
  ): void {
    this.sockets.add(socket);
    onChange(this.sockets.size);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.sockets.delete(socket);
      onChange(this.sockets.size);
    });
    socket.pause();
    reach().then(
      (channel) => {
        if (socket.destroyed) return channel.destroy();
        channel.on('error', () => socket.destroy());
        channel.on('close', () => socket.destroy());
        socket.on('close', () => channel.destroy());
        socket.pipe(channel).pipe(socket);
        socket.resume();
      },
      (error: unknown) => {
        onError(error);
        socket.destroy();
      },
    );
  }

  /** Stops listening and ends every connection through it. */
  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
