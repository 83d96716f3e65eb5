import type { Notice } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Localized } from '../../../shared/localized';
import type { WebhookFormat, WebhookStatus, WebhookView } from '../../../shared/notify';
import { bothLanguages, msg } from '../../../shared/words/message';
import type { Logger } from '../../log/logger';
import { noticeOf } from '../../sessions';
import { refusalOf, webhookBody } from './webhook-formats';
import type { SendAnswer } from './webhook-send';
import { secretParts, type WebhookStore } from './webhook-store';

/**
 * The notices that also go to the webhook: what the instance said (danlu-notify), a reclaim
 * notice and the reclaim itself, what Danlu does on its own (the idle and budget stops), the
 * budget's warnings, a stop nobody asked for, a release finished and what still bills, a failure.
 */
const RELAYED: ReadonlySet<string> = new Set([
  'instance',
  'reclaim',
  'interrupted',
  'auto',
  'idle',
  'budget',
  'unaskedStop',
  'leaseEnded',
  'released',
  'stillBilled',
  'failed',
  'operationFailed',
]);
/** Notices waiting for the webhook at most; beyond that the oldest wait is not worth keeping. */
const MAX_WAITING = 20;

export interface WebhookRelayDeps {
  store: WebhookStore;
  send: (url: string, body: unknown) => Promise<SendAnswer>;
  /** The language chat messages are written in (the window's). */
  language: () => string;
  now: () => number;
  /** Tells the user (once per failing spell) that the webhook fails. */
  notify: (notice: Notice) => void;
  log: Logger;
}

/**
 * Sends the notices worth sending to the webhook the user set, one at a time in order, each
 * once. A failing webhook is told once (a notice, and the status Settings shows) and is not
 * retried; the next notice tries again and a success clears the status.
 */
export class WebhookRelay {
  private status: WebhookStatus = { state: 'unused' };
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly deps: WebhookRelayDeps) {}

  /** Called with every notice Danlu gives; sends those of the relayed kinds when a webhook is set. */
  relay(notice: Notice): void {
    if (!notice.kind || !RELAYED.has(notice.kind) || this.waiting >= MAX_WAITING) return;
    this.waiting++;
    this.queue = this.queue
      .then(async () => {
        await this.send(notice);
      })
      .catch((error: unknown) => this.deps.log.warn('webhook relay failed', { error }))
      .finally(() => {
        this.waiting--;
      });
  }

  /** Everything queued so far has been sent or given up (tests, shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** The address and its key-bearing parts, for what must never carry them (the diagnostics' scrubber). */
  async secrets(): Promise<string[]> {
    const { hook } = await this.deps.store.get();
    return hook ? secretParts(hook.url) : [];
  }

  async view(): Promise<WebhookView> {
    const { hook, kept } = await this.deps.store.get();
    return {
      configured: hook !== null,
      format: hook?.format ?? null,
      host: hook ? new URL(hook.url).host : null,
      kept: hook ? kept : null,
      status: { ...this.status },
    };
  }

  async save(url: string, format: WebhookFormat): Promise<WebhookView> {
    await this.deps.store.save({ url, format });
    this.status = { state: 'unused' };
    return this.view();
  }

  async forget(): Promise<WebhookView> {
    await this.deps.store.forget();
    this.status = { state: 'unused' };
    return this.view();
  }

  /** Sends a test notice now, whatever came before; the view's status tells how it went. */
  async test(): Promise<WebhookView> {
    await this.queue;
    const notice = noticeOf('info', msg('notify.webhook.testTitle'), msg('notify.webhook.testBody'), {
      kind: 'webhook',
    });
    const sent = await this.send(notice, true);
    if (sent === 'none') throw new AppError(msg('notify.webhook.none'));
    return this.view();
  }

  private async send(notice: Notice, test = false): Promise<'sent' | 'failed' | 'none'> {
    const { hook } = await this.deps.store.get();
    if (!hook) return 'none';
    const at = new Date(this.deps.now()).toISOString();
    const host = new URL(hook.url).host;
    let refusal: string | null;
    try {
      const answer = await this.deps.send(
        hook.url,
        webhookBody(hook.format, { notice, lang: this.deps.language(), at }),
      );
      refusal = refusalOf(hook.format, answer.status, answer.body);
    } catch (error) {
      refusal = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    }
    if (refusal === null) {
      this.status = { state: 'ok', at };
      return 'sent';
    }
    const wasFailing = this.status.state === 'failing';
    const error: Localized = bothLanguages(msg('notify.webhook.failedBecause', { host, reason: refusal }));
    this.status = { state: 'failing', at, error };
    this.deps.log.warn('webhook failed', { host, reason: refusal });
    // Told once per failing spell; a test is answered in Settings itself.
    if (!wasFailing && !test) {
      this.deps.notify(
        noticeOf(
          'warning',
          msg('notify.webhook.failingTitle'),
          msg('notify.webhook.failingBody', { host, reason: refusal }),
          {
            kind: 'webhook',
            key: 'webhook',
          },
        ),
      );
    }
    return 'failed';
  }
}
