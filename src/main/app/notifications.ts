import { Notification } from 'electron';
import type { Language } from '../../shared/contract';
import type { Notice } from '../../shared/contract/app';

/** Shows a notice as a system notification, in the UI language. */
export function notify(notice: Notice, lang: Language, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const zh = lang === 'zh-CN';
  const notification = new Notification({
    title: (zh ? notice.titleZh : undefined) ?? notice.title,
    body: (zh ? notice.bodyZh : undefined) ?? notice.body,
    urgency: notice.level === 'info' ? 'normal' : 'critical',
  });
  notification.on('click', onClick);
  notification.show();
}
