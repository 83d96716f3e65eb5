import type { Clock } from '../../shared/clock';
import type { Redactor } from '../log/redactor';
import { ACTIONS, type ActionName, busyTable, isBusyCode } from './action-specs';
import { CallLimiter, type LimiterOptions } from './call-limiter';
import type { CloudErrorKind } from './cloud-error';
import { withInstallTag } from './danlu-tags';
import { API_VERSIONS, EndpointResolver, type EndpointStrategy, type Product } from './endpoints';
import { type Credentials, type CredentialsSource, PopTransport } from './pop-transport';
import type { JsonObject } from './response-fields';
import { DEFAULT_RETRY_POLICY, nextDelay, type RetryPolicy, type RetryState } from './retry-policy';
import { toCloudError } from './to-cloud-error';
import { TransportError } from './transport-failure';
import { toWireParams, type WireObject } from './wire-params';

/** Per-call options every action accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the action's default timeout (per attempt). */
  timeoutMs?: number;
  /** Overrides parts of the retry policy for this call (`{ maxAttempts: 1, maxThrottleRetries: 0 }` = no retry). */
  retry?: Partial<RetryPolicy>;
  /** Overrides how long the action's retry table keeps asking again (0: answer the first refusal). */
  busyForMs?: number;
  /** Told before each wait the action's retry table makes (a step logs it for the user). */
  onBusy?: (answer: { code: string; waitMs: number }) => void;
}

/** First wait after a "not now" answer of a retry table; it doubles up to the longest. */
const BUSY_FIRST_MS = 1000;
const BUSY_LONGEST_MS = 15_000;

/** One attempt of one call, reported to the observer. */
export interface CallEvent {
  product: Product;
  /** The region, or '' for region-less calls (DescribeRegions). */
  region: string;
  action: ActionName;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** Time spent in the request itself (clock ms), excluding limiter waits. */
  ms: number;
  /** Time spent waiting for the limiter before the request (clock ms). */
  waitedMs: number;
  outcome: 'ok' | 'aborted' | CloudErrorKind;
  /** The cloud's code or the transport's (timeout, ECONNRESET, HTTP 502, …) when it failed. */
  code?: string;
  requestId?: string;
  /** True when another attempt follows this failure. */
  willRetry: boolean;
}

export interface CloudCallerOptions {
  credentials: CredentialsSource;
  endpoints: EndpointStrategy;
  clock: Clock;
  retry?: Partial<RetryPolicy>;
  limits?: LimiterOptions;
  /** Per-action default timeouts in ms, overriding the built-in ones. */
  timeouts?: Partial<Record<ActionName, number>>;
  /** Called after every attempt (count calls per launch, benchmarks). Must not throw. */
  onCall?: (event: CallEvent) => void;
  /** Secrets (AccessKey secret, STS token, instance passwords) are registered here for masking. */
  redactor?: Redactor;
  /** Source of jitter, in [0, 1). */
  random?: () => number;
  /** Sees every call's wire parameters before anything is sent and may refuse it by throwing. */
  guard?: (action: ActionName, params: Readonly<Record<string, string>>) => void;
  /** Sees every successful answer's body, as the cloud sent it. Must not throw. */
  onResponse?: (action: ActionName, body: JsonObject) => void;
  /** This install's id: every create that carries Danlu's tag also carries `danlu:install=<id>`. */
  installId?: string;
}

const REGION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Sends one action through the limiter, the transport and the retry policy, and turns every
 * failure into a CloudError. The typed action functions are built on `call`.
 */
export class CloudCaller {
  readonly endpoints: EndpointResolver;
  private readonly transport: PopTransport;
  private readonly limiter: CallLimiter;
  private readonly random: () => number;

  constructor(private readonly options: CloudCallerOptions) {
    this.endpoints = new EndpointResolver(options.endpoints);
    this.transport = new PopTransport(watchSecrets(options.credentials, options.redactor));
    this.limiter = new CallLimiter(options.clock, options.limits);
    this.random = options.random ?? Math.random;
  }

  /** Registers a value (e.g. an instance password) that must never appear in errors or logs. */
  addSecret(value: string | undefined): void {
    this.options.redactor?.addSecret(value);
  }

  /** Calls `action` with typed-but-unflattened parameters; resolves to the plain response body. */
  async call(
    action: ActionName,
    regionId: string | undefined,
    params: WireObject,
    options: CallOptions = {},
  ): Promise<JsonObject> {
    const spec = ACTIONS[action];
    const installId = this.options.installId;
    if (installId && spec.ram === 'create' && Array.isArray(params.Tag)) {
      params = { ...params, Tag: withInstallTag(params.Tag as Array<{ Key: string; Value: string }>, installId) };
    }
    const wire = toWireParams(regionId === undefined ? params : { ...params, RegionId: regionId });
    const mask = this.options.redactor ? (s: string) => this.options.redactor?.text(s) ?? s : undefined;
    if (regionId !== undefined && !REGION_ID.test(regionId)) {
      throw toCloudError(
        { type: 'api', code: 'InvalidRegionId.Malformed', message: `"${regionId.slice(0, 40)}" is not a region id` },
        { action, regionId: undefined, params: {}, mask },
      );
    }
    this.options.guard?.(action, wire);
    const policy = { ...DEFAULT_RETRY_POLICY, ...this.options.retry, ...options.retry };
    const timeoutMs = options.timeoutMs ?? this.options.timeouts?.[action] ?? spec.timeoutMs;
    const endpoint = this.endpoints.url(spec.product, regionId);
    const state: RetryState = { retryableFailures: 0, throttledFailures: 0 };
    const clock = this.options.clock;
    const base = { product: spec.product, region: regionId ?? '', action };
    // The client asks again itself only where the action's table says so (a session asks again for its deletes).
    const table = busyTable(action)?.askedBy === 'client' ? busyTable(action) : undefined;
    const busyFor = options.busyForMs ?? table?.forMs ?? 0;
    const firstAt = clock.now();
    let busyWait = BUSY_FIRST_MS;

    for (let attempt = 1; ; attempt += 1) {
      const queuedAt = clock.now();
      const release = await this.limiter.acquire(spec.product, regionId ?? '', action, options.signal);
      const startedAt = clock.now();
      const waitedMs = startedAt - queuedAt;
      try {
        const body = await this.transport.send({
          endpoint,
          apiVersion: API_VERSIONS[spec.product],
          action,
          params: wire,
          timeoutMs,
          signal: options.signal,
        });
        this.report({ ...base, attempt, waitedMs, ms: clock.now() - startedAt, outcome: 'ok', willRetry: false });
        this.observe(action, body);
        return body;
      } catch (thrown) {
        const ms = clock.now() - startedAt;
        if (!(thrown instanceof TransportError)) {
          if (options.signal?.aborted)
            this.report({ ...base, attempt, waitedMs, ms, outcome: 'aborted', willRetry: false });
          throw thrown;
        }
        const error = toCloudError(thrown.failure, { action, regionId, params: wire, mask });
        // The action's own retry table first: the same request again (ClientToken too) until its time is up.
        const busy = isBusyCode(table, error.cloudCode);
        let delay: number | undefined;
        if (busy) {
          const wait = Math.round(busyWait * (0.8 + 0.4 * this.random()));
          delay = clock.now() - firstAt + wait <= busyFor ? wait : undefined;
        } else {
          if (error.kind === 'retryable') state.retryableFailures += 1;
          if (error.kind === 'throttled') state.throttledFailures += 1;
          delay = nextDelay(error, state, policy, spec.idempotent, clock.now(), this.random);
        }
        this.report({
          ...base,
          attempt,
          waitedMs,
          ms,
          outcome: error.kind,
          code: error.cloudCode ?? codeOf(thrown),
          requestId: error.requestId,
          willRetry: delay !== undefined,
        });
        if (delay === undefined) throw error;
        if (busy) {
          options.onBusy?.({ code: error.cloudCode ?? error.kind, waitMs: delay });
          busyWait = Math.min(busyWait * 2, BUSY_LONGEST_MS);
        }
        release();
        await clock.sleep(delay, options.signal);
      } finally {
        release();
      }
    }
  }

  /** Frees sockets held for keep-alive. */
  close(): void {
    this.transport.close();
  }

  private observe(action: ActionName, body: JsonObject): void {
    try {
      this.options.onResponse?.(action, body);
    } catch {
      // Like onCall: an observer must not fail the call.
    }
  }

  private report(event: CallEvent): void {
    try {
      this.options.onCall?.(event);
    } catch {
      // An observer is for counting; a bug in it must not fail the call.
    }
  }
}

function codeOf(error: TransportError): string {
  const f = error.failure;
  switch (f.type) {
    case 'api':
      return f.code;
    case 'http':
      return `HTTP ${f.status}`;
    case 'timeout':
      return 'timeout';
    case 'network':
      return f.code;
    case 'not_json':
      return 'not_json';
  }
}

function watchSecrets(source: CredentialsSource, redactor: Redactor | undefined): CredentialsSource {
  if (!redactor) return source;
  const remember = (c: Credentials): Credentials => {
    redactor.addSecret(c.accessKeySecret);
    redactor.addSecret(c.securityToken);
    return c;
  };
  return typeof source === 'function' ? async () => remember(await source()) : remember(source);
}
