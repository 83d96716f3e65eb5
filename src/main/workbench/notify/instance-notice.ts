import type { Notice } from '../../../shared/contract';
import type { SessionView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import { noticeOf } from '../../sessions';
import type { SpoolMessage } from './spool-listing';

/** What `danlu-notify` said on a session's machine, as a notice (the tray's notification, the window, the webhook). */
export function instanceNotice(session: Pick<SessionView, 'id' | 'name'>, message: SpoolMessage): Notice {
  const title = msg(`notify.instance.${message.kind}`, { name: session.name });
  const body = message.text ? msg('notify.instance.body', { text: message.text }) : msg('notify.instance.empty');
  return noticeOf(message.kind === 'failed' ? 'error' : 'info', title, body, {
    kind: 'instance',
    sessionId: session.id,
  });
}
