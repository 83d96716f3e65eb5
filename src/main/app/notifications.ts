import { Notification } from 'electron';
import type { Language } from '../../shared/contract';
import type { Notice } from '../../shared/contract/app';
import { localize } from '../../shared/localized';

/** Shows a notice as a system notification, in the UI language. */
export function notify(notice: Notice, lang: Language, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({
    title: localize(notice.title, lang),
    body: localize(notice.body, lang),
    urgency: notice.level === 'info' ? 'normal' : 'critical',
  });
  notification.on('click', onClick);
  notification.show();
}
