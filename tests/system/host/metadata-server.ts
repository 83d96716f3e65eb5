import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { answerMetadata, type MetadataFacts, MetadataTokens } from '../../../src/simulator/metadata/metadata-service';

/** The cloud's time format for termination-time: yyyy-MM-ddTHH:mm:ssZ. */
export function metadataTime(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * One instance's metadata service (what 100.100.100.200 answers on a real instance, in normal or
 * security hardening mode as the instance was created), served on a Unix socket that a relay
 * inside the instance's network namespace exposes on a loopback address.
 */
export class MetadataServer {
  private terminationAt: Date | null = null;
  private readonly server: Server;
  private readonly tokens = new MetadataTokens(Date.now, () => randomBytes(24).toString('base64url'));

  constructor(private readonly facts: Omit<MetadataFacts, 'terminationTime'>) {
    this.server = createServer((req, res) => {
      const answer = answerMetadata(
        { method: req.method ?? 'GET', path: (req.url ?? '').split('?')[0] ?? '', headers: req.headers },
        { ...this.facts, terminationTime: this.terminationAt ? metadataTime(this.terminationAt) : undefined },
        this.tokens,
      );
      res.writeHead(answer.status, { 'content-type': 'text/plain' });
      res.end(answer.body);
    });
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
