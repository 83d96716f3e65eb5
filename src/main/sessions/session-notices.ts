import type { Notice } from '../../shared/contract/app';
import { bothLanguages, type Message, msg } from '../../shared/words/message';
import type { SessionNotice } from './session-deps';

/** A notice from two messages, carried in both languages. */
export function noticeOf(
  level: Notice['level'],
  title: Message,
  body: Message,
  extra: Pick<Notice, 'kind' | 'sessionId' | 'key'> = {},
): Notice {
  return { level, title: bothLanguages(title), body: bothLanguages(body), ...extra };
}

/**
 * What the user is told when a session changes in a way that matters. When Danlu acted on its
 * own, the notice says why, with the figure that set it off.
 */
export function sessionNotice({ kind, session, reason: auto, action, moved }: SessionNotice): Notice {
  const name = `${session.name} (${session.instanceType ?? session.plan.instanceTypes[0]})`;
  const extra = { sessionId: session.id, kind, key: `session:${session.id}` };
  const reason = session.error?.text ?? '';
  const because = (body: Message) =>
    auto ? msg('notice.withReason', { body: { msg: body }, why: { msg: auto.why } }) : body;
  if (kind === 'auto') {
    const what = action ?? msg('session.auto.stop');
    const body = auto ? msg('notice.auto.body', { why: { msg: auto.why } }) : what;
    return noticeOf('warning', msg('notice.auto.title', { name, what: { msg: what } }), body, extra);
  }
  // A stop the user asked for whose mode the cloud changed is still theirs: only its body says why.
  const autoStop = auto && kind === 'stopped' && auto.rule !== 'stopMode';
  const title = msg(autoStop ? 'notice.stopped.autoTitle' : `notice.${kind}.title`);
  switch (kind) {
    case 'ready':
      return noticeOf(
        'info',
        title,
        msg(session.notebook ? 'notice.ready.bodyNotebook' : 'notice.ready.body', { name }),
        extra,
      );
    case 'reclaim':
      return noticeOf(
        'warning',
        title,
        // With its reason, the notice already names the time of the release.
        auto
          ? because(msg('notice.reclaim.save', { name }))
          : msg('notice.reclaim.body', { name, at: session.reclaimDeadline ? { time: session.reclaimDeadline } : '—' }),
        extra,
      );
    case 'interrupted':
      return noticeOf('warning', title, because(msg('notice.interrupted.body', { name })), extra);
    case 'failed': {
      const diskId = session.resources.diskId;
      return noticeOf(
        'error',
        title,
        diskId
          ? msg('notice.failed.bodyKept', { reason, diskId, zoneId: session.diskZoneId ?? session.plan.regionId })
          : msg('notice.failed.body', { reason }),
        extra,
      );
    }
    case 'stillBilled':
      return noticeOf('warning', title, msg('notice.stillBilled.body', { name, reason }), extra);
    case 'stopped':
      return noticeOf(
        session.billingStopped ? 'info' : 'warning',
        title,
        because(msg(session.billingStopped ? 'notice.stopped.body' : 'notice.stopped.bodyBilling', { name })),
        extra,
      );
    case 'started':
      return noticeOf(
        'info',
        title,
        msg('notice.started.body', { name, ip: session.resources.publicIp ?? '—' }),
        extra,
      );
    case 'released': {
      const { diskId, snapshotIds } = session.resources;
      const snapshotId = snapshotIds?.at(-1);
      const body = diskId
        ? msg('notice.released.bodyDisk', { name, diskId })
        : snapshotId
          ? msg('notice.released.bodySnapshot', { name, snapshotId })
          : msg('notice.released.body', { name });
      return noticeOf('info', title, body, extra);
    }
    case 'imageSaved':
      return noticeOf(
        'info',
        title,
        because(msg('notice.imageSaved.body', { name, imageId: session.resources.imageId ?? '—' })),
        extra,
      );
    case 'unaskedStop': {
      const diskId = session.resources.diskId ?? '—';
      return session.phase === 'stopped'
        ? noticeOf('info', title, msg('notice.unaskedStop.bodyEconomical', { name }), extra)
        : noticeOf('warning', title, msg('notice.unaskedStop.bodyReleased', { name, diskId }), extra);
    }
    case 'leaseEnded':
      return noticeOf(
        'warning',
        title,
        msg('notice.leaseEnded.body', {
          name,
          at: session.goneAt ? { time: session.goneAt, date: true } : '—',
          diskId: session.resources.diskId ?? '—',
        }),
        extra,
      );
    case 'addressMoved':
      return noticeOf(
        'info',
        title,
        msg('notice.addressMoved.body', { name, from: moved?.from ?? '—', to: moved?.to ?? '—' }),
        extra,
      );
    case 'operationFailed': {
      const operation = { msg: msg(`operation.name.${session.operation?.kind ?? 'stop'}`) };
      return noticeOf(
        'error',
        msg('notice.operationFailed.title', { operation }),
        msg('notice.operationFailed.body', { name, reason }),
        extra,
      );
    }
  }
}

/** The journal on disk could not be read and was moved aside; nothing it listed is lost. */
export function journalMovedNotice(path: string): Notice {
  return noticeOf('warning', msg('notice.journal.title'), msg('notice.journal.body', { path }), { kind: 'journal' });
}
