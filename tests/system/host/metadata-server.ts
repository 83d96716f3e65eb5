import { createServer, type Server } from 'node:http';

export interface MetadataFacts {
  instanceId: string;
  regionId: string;
  zoneId: string;
  hostName: string;
}

/** The cloud's time format for termination-time: yyyy-MM-ddTHH:mm:ssZ. */
export function metadataTime(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * One instance's metadata service (what 100.100.100.200 answers on a real instance), served on a
 * Unix socket that a relay inside the instance's network namespace exposes on a loopback address.
 */
export class MetadataServer {
  private terminationAt: Date | null = null;
  private readonly server: Server;

  constructor(private readonly facts: MetadataFacts) {
    this.server = createServer((req, res) => {
      const body = this.answer((req.url ?? '').split('?')[0] ?? '');
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' });
      res.end(body ?? 'Not Found');
    });
  }

  private answer(path: string): string | undefined {
    const p = path.replace(/\/+$/, '');
    switch (p) {
      case '/latest/meta-data/instance-id':
        return this.facts.instanceId;
      case '/latest/meta-data/region-id':
        return this.facts.regionId;
      case '/latest/meta-data/zone-id':
        return this.facts.zoneId;
      case '/latest/meta-data/hostname':
        return this.facts.hostName;
      case '/latest/meta-data/instance/spot/termination-time':
        return this.terminationAt ? metadataTime(this.terminationAt) : undefined;
      default:
        return undefined;
    }
  }

  scheduleTermination(at: Date | null): void {
    this.terminationAt = at;
  }

  listen(unixPath: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(unixPath, () => resolve());
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
