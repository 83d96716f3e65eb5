import { z } from 'zod';
import type { MeterView } from '../meter';
import { event, request } from './define';

export interface NotebookOpen {
  /** True when Danlu opened its own pinned window (desktop app); false in a browser. */
  opened: boolean;
  url: string;
  fingerprint256: string;
}

export const meterRequests = {
  'meter.get': request<MeterView>()(z.undefined()),
  /** Opens the session's notebook in Danlu's window that trusts exactly its certificate. */
  'notebook.open': request<NotebookOpen>()(z.strictObject({ id: z.string().regex(/^ses-[a-z0-9-]+$/) })),
};

export const meterEvents = {
  /** Every second while something is billed; once more when billing stops. */
  'meter.tick': event<MeterView>(),
};
