/**
 * What an instance's metadata service (100.100.100.200 inside the instance) answers, in normal
 * and in security hardening mode: `PUT /latest/api/token` with the TTL header hands out a token;
 * a GET carrying a token is answered only if the token is valid, and an instance created with
 * HttpTokens=required answers no GET without one. Shared by the simulator's /_sim/metadata route
 * and the metadata servers of booted test machines.
 */

export const TOKEN_HEADER = 'x-aliyun-ecs-metadata-token';
export const TTL_HEADER = 'x-aliyun-ecs-metadata-token-ttl-seconds';
/** The documented TTL range, in seconds. */
export const TTL_RANGE = [1, 21_600] as const;

/** One instance as its metadata service knows it. */
export interface MetadataFacts {
  instanceId: string;
  regionId: string;
  zoneId: string;
  hostName: string;
  /** `required`: security hardening mode only. */
  httpTokens: 'optional' | 'required';
  /** `yyyy-MM-ddTHH:mm:ssZ` once a spot reclaim is scheduled. */
  terminationTime?: string;
}

export interface MetadataRequest {
  method: string;
  /** The path under the service, e.g. `/latest/meta-data/instance-id`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface MetadataAnswer {
  status: number;
  body: string;
}

/** Tokens a metadata service handed out, each for one instance until it expires (ms on the service's clock). */
export class MetadataTokens {
  private readonly issued = new Map<string, { instanceId: string; expiresAt: number }>();

  constructor(
    private readonly now: () => number,
    private readonly mint: () => string,
  ) {}

  issue(instanceId: string, ttlSeconds: number): string {
    const token = this.mint();
    this.issued.set(token, { instanceId, expiresAt: this.now() + ttlSeconds * 1000 });
    return token;
  }

  valid(instanceId: string, token: string): boolean {
    const found = this.issued.get(token);
    if (!found) return false;
    if (this.now() >= found.expiresAt) {
      this.issued.delete(token);
      return false;
    }
    return found.instanceId === instanceId;
  }

  clear(): void {
    this.issued.clear();
  }
}

const header = (req: MetadataRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const NOT_FOUND: MetadataAnswer = { status: 404, body: 'Not Found' };

/** The answer of the instance's metadata service to one request. */
export function answerMetadata(req: MetadataRequest, facts: MetadataFacts, tokens: MetadataTokens): MetadataAnswer {
  const path = req.path.replace(/\/+$/, '');
  if (path === '/latest/api/token') {
    if (req.method !== 'PUT') return { status: 405, body: 'Method Not Allowed' };
    const ttl = Number(header(req, TTL_HEADER));
    if (!Number.isInteger(ttl) || ttl < TTL_RANGE[0] || ttl > TTL_RANGE[1]) return { status: 400, body: 'Bad Request' };
    return { status: 200, body: tokens.issue(facts.instanceId, ttl) };
  }
  if (req.method !== 'GET') return { status: 405, body: 'Method Not Allowed' };
  const token = header(req, TOKEN_HEADER);
  const authorized = token === undefined ? facts.httpTokens === 'optional' : tokens.valid(facts.instanceId, token);
  if (!authorized) return { status: 401, body: 'Unauthorized' };
  const items: Record<string, string | undefined> = {
    '/latest/meta-data/instance-id': facts.instanceId,
    '/latest/meta-data/region-id': facts.regionId,
    '/latest/meta-data/zone-id': facts.zoneId,
    '/latest/meta-data/hostname': facts.hostName,
    '/latest/meta-data/instance/spot/termination-time': facts.terminationTime,
  };
  const body = items[path];
  return body === undefined ? NOT_FOUND : { status: 200, body };
}
