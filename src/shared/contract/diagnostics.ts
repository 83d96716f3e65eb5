import { z } from 'zod';
import { request } from './define';

/** One result of the self-check that goes into every diagnostics file. */
export interface SelfCheckItem {
  id: 'keychain' | 'cloud' | 'clock';
  outcome: 'ok' | 'warning' | 'failed';
  /** How long the cloud took to answer. */
  ms?: number;
  /** The cloud's clock minus this computer's, in seconds (positive: this computer is behind). */
  skewSeconds?: number;
  /** The error code when the check failed (keychain.unavailable, cloud.auth, …). */
  code?: string;
  /** True when the cloud checked is the built-in demo simulator. */
  demo?: boolean;
}

export interface SelfCheck {
  at: string;
  items: SelfCheckItem[];
}

export type DiagnosticsExport =
  | { saved: true; path: string; bytes: number; files: string[]; selfCheck: SelfCheck }
  /** The person closed the save dialog. */
  | { saved: false };

export const diagnosticsRequests = {
  /** Writes one zip (version, platform, settings, last logs, redacted journal, self-check) and says where. */
  'diagnostics.export': request<DiagnosticsExport>()(z.undefined()),
  /** The address of a new issue, filled in with the same summary (no secret in it). */
  'diagnostics.report': request<{ url: string }>()(z.undefined()),
};
