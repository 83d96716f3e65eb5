import type { notifyRequests } from '../../../shared/contract/notify';
import type { WebhookRelay } from '../../workbench';
import type { AreaHandlers } from '../handler';

/** The webhook notices also go to: shown without its address, saved to the keychain, tested. */
export function notifyHandlers(webhooks: WebhookRelay): AreaHandlers<typeof notifyRequests> {
  return {
    'notify.webhook': () => webhooks.view(),
    'notify.saveWebhook': ({ url, format }) => webhooks.save(url, format),
    'notify.forgetWebhook': () => webhooks.forget(),
    'notify.testWebhook': () => webhooks.test(),
  };
}
