import { Notification } from 'electron';
import type { NotificationsPort } from '../desktop/ports';

/** System notifications, where the platform has them. */
export const appNotifications: NotificationsPort = {
  show({ title, body, urgent }, onClick) {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body, urgency: urgent ? 'critical' : 'normal' });
    notification.on('click', onClick);
    notification.show();
  },
};
