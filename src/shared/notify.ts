import type { Localized } from './localized';

/** The incoming-webhook formats Danlu can post in: its own JSON, or a chat service's. */
export const WEBHOOK_FORMATS = ['json', 'wecom', 'feishu', 'dingtalk', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Where the webhook stands after its last use. */
export interface WebhookStatus {
  state: 'unused' | 'ok' | 'failing';
  /** When it was last used (ISO). */
  at?: string;
  /** Why the last post failed. */
  error?: Localized;
}

/**
 * The webhook as Settings shows it: never its address (it holds the service's key), only the
 * host it posts to.
 */
export interface WebhookView {
  configured: boolean;
  format: WebhookFormat | null;
  host: string | null;
  /** Where the address is kept: the OS keychain, or (no keychain on this computer) memory for this run. */
  kept: 'keychain' | 'memory' | null;
  status: WebhookStatus;
}
