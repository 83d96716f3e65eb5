import { z } from 'zod';
import { inputHint } from '../input-hints';
import { WEBHOOK_FORMATS, type WebhookView } from '../notify';
import { request } from './define';

export const notifyRequests = {
  /** The webhook notices also go to (its host, format and status; never its address). */
  'notify.webhook': request<WebhookView>()(z.undefined()),
  /** Keeps the webhook's address in the OS keychain; it is then used for every notice worth sending. */
  'notify.saveWebhook': request<WebhookView>()(
    z.strictObject({
      url: z.url({ protocol: /^https$/, message: inputHint('httpsAddress') }).max(2000),
      format: z.enum(WEBHOOK_FORMATS),
    }),
  ),
  'notify.forgetWebhook': request<WebhookView>()(z.undefined()),
  /** Posts a test notice now; the answer's status says how it went. */
  'notify.testWebhook': request<WebhookView>()(z.undefined()),
};
