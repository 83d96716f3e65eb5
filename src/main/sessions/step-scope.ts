import type { StepId } from '../../shared/session';
import type { Message } from '../../shared/words/message';
import { type BillingTimeline, emptyTimeline } from './journal/billing-timeline';
import type { SessionRecord } from './journal/session-record';
import { toView } from './journal/session-view';
import type { KeyedLock } from './network/region-lock';
import { type CallCount, countedApi, type SessionCloudApi } from './session-cloud-api';
import type { SessionDeps } from './session-deps';
import { type WaitOptions, waitFor } from './wait-for';

/** Where a teardown step reports what it did: the session log, or the step of a release. */
export type Say = (message: Message) => void;

/**
 * What one operation on one session works with: the journal entry (read fresh, written at once),
 * the api counted as work, a second view of it counted as polls, and a wait helper.
 */
export class StepScope {
  readonly api: SessionCloudApi;
  readonly pollApi: SessionCloudApi;

  constructor(
    readonly deps: SessionDeps,
    readonly sessionId: string,
    readonly signal: AbortSignal,
    readonly calls: CallCount,
    /** Shared by the sessions of one manager: the region's network is made by one of them at a time. */
    readonly regionLock: KeyedLock,
  ) {
    this.api = countedApi(deps.api, calls, 'work');
    this.pollApi = countedApi(deps.api, calls, 'polls');
  }

  get record(): SessionRecord {
    const found = this.deps.journal.get(this.sessionId);
    if (!found) throw new Error(`session ${this.sessionId} is not in the journal`);
    return found;
  }

  get region(): string {
    return this.record.plan.regionId;
  }

  now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }

  /** Changes the journal entry, writes it to disk, and tells the UI. */
  update(change: (session: SessionRecord) => void): SessionRecord {
    const next = this.deps.journal.update(this.sessionId, (s) => {
      change(s);
      s.updatedAt = this.now();
    });
    this.deps.onChange(toView(next));
    return next;
  }

  /** The ClientToken for a create, made once and journaled before the call is sent. */
  token(key: string, make: () => string): string {
    const existing = this.record.tokens[key];
    if (existing) return existing;
    const token = make();
    this.update((s) => {
      s.tokens[key] = token;
    });
    return token;
  }

  /**
   * What decides a create's parameters (beyond its ClientToken), journaled under `key` before the
   * call: a step run again — after a crash, hours later — sends the same request, since the cloud
   * refuses a ClientToken sent with other parameters (IdempotentParameterMismatch). `fits` says
   * whether a journaled one still belongs to this call (else it is made again); `again` is true
   * when it was journaled by an earlier run.
   */
  asked<T>(key: string, build: () => T, fits: (earlier: T) => boolean = () => true): { value: T; again: boolean } {
    const earlier = this.record.asked?.[key] as T | undefined;
    if (earlier !== undefined && fits(earlier)) return { value: earlier, again: true };
    const value = build();
    this.update((s) => {
      s.asked = { ...s.asked, [key]: JSON.parse(JSON.stringify(value)) };
    });
    return { value, again: false };
  }

  /** Forgets what `asked` journaled under `key`: the cloud refused that request, so it made nothing by it. */
  forget(key: string): void {
    this.update((s) => {
      if (s.asked) delete s.asked[key];
    });
  }

  /** Records a change of what is billed, in the journal (the meter reads it). */
  bill(change: (timeline: BillingTimeline, at: string) => void): void {
    const at = this.now();
    this.update((s) => {
      s.billing ??= emptyTimeline();
      change(s.billing, at);
    });
  }

  /** What a launch step found or did: shown under the step and (unless said otherwise) written to the log. */
  detail(step: StepId, message: Message, options: { log: boolean } = { log: true }): void {
    this.update((s) => {
      const view = s.steps.find((v) => v.id === step);
      if (view) view.detail = message;
    });
    if (options.log) this.log(message);
  }

  log(message: Message): void {
    this.deps.onLog(this.sessionId, message);
  }

  wait<T>(
    read: (api: SessionCloudApi) => Promise<T>,
    done: (value: T) => boolean,
    options: Omit<WaitOptions, 'clock' | 'signal'>,
  ) {
    return waitFor(() => read(this.pollApi), done, { ...options, clock: this.deps.clock, signal: this.signal });
  }
}
