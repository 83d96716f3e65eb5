import WebSocket from 'ws';
import type { BridgeResponse } from '../../src/main/api/bridge/protocol';

/** A Node WebSocket client for the bridge, presenting itself as a page the bridge served. */
export class BridgeClient {
  private constructor(
    private readonly ws: WebSocket,
    private readonly waiting: Map<string | number | null, Array<(r: BridgeResponse) => void>>,
  ) {}

  /** `url`: the bridge's page address (with its secret path); `origin`: the Origin to present. */
  static async connect(url: string, origin = new URL(url).origin): Promise<BridgeClient> {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/danlu-bridge`, { origin });
    const waiting = new Map<string | number | null, Array<(r: BridgeResponse) => void>>();
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as BridgeResponse;
      if (!('envelope' in message)) return;
      const queue = waiting.get(message.id);
      queue?.shift()?.(message);
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    return new BridgeClient(ws, waiting);
  }

  /** Sends a raw frame and waits for the answer carrying `expectId`. */
  sendRaw(frame: string, expectId: string | number | null): Promise<BridgeResponse> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(expectId) ?? [];
      queue.push(resolve);
      this.waiting.set(expectId, queue);
      this.ws.send(frame);
    });
  }

  call(id: number, name: unknown, input?: unknown): Promise<BridgeResponse> {
    return this.sendRaw(JSON.stringify({ id, name, input }), id);
  }

  close(): void {
    this.ws.close();
  }
}
