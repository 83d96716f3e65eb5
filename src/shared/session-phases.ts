import type { SessionPhase, SessionView } from './session';
import { type Message, msg } from './words/message';

/** Phases in which a session holds (or may soon hold) cloud resources, the region's network among them. */
export const LIVE_PHASES: readonly SessionPhase[] = [
  'launching',
  'ready',
  'stopping',
  'stopped',
  'starting',
  'releasing',
];

/**
 * The sessions the user is working with: live ones, and a reclaimed one whose disk waits to be
 * recovered. The tray, the cost glance and the Session page show these first.
 */
export const CURRENT_PHASES: readonly SessionPhase[] = [...LIVE_PHASES, 'interrupted'];

/** Phases in the middle of a change: the tray shows a busy icon. */
export const BUSY_PHASES: readonly SessionPhase[] = ['launching', 'stopping', 'starting', 'releasing'];

export function isCurrent(session: Pick<SessionView, 'phase'>): boolean {
  return CURRENT_PHASES.includes(session.phase);
}

/**
 * True while the session's GPU is (or may be) billed: quitting Danlu would leave it running.
 * A stopped instance bills on until the cloud confirms economical mode.
 */
export function gpuBills(session: Pick<SessionView, 'phase' | 'billingStopped'>): boolean {
  if (session.phase === 'stopped') return session.billingStopped !== true;
  return ['launching', 'ready', 'starting', 'stopping', 'releasing'].includes(session.phase);
}

/** Each phase as the window and the tray name it. */
export const PHASE_LABELS: Readonly<Record<SessionPhase, Message>> = {
  launching: msg('session.phase.launching'),
  ready: msg('session.phase.ready'),
  stopping: msg('session.phase.stopping'),
  stopped: msg('session.phase.stopped'),
  starting: msg('session.phase.starting'),
  releasing: msg('session.phase.releasing'),
  released: msg('session.phase.released'),
  failed: msg('session.phase.failed'),
  cancelled: msg('session.phase.cancelled'),
  interrupted: msg('session.phase.interrupted'),
};

/**
 * How the window and the tray name a session's state: a reclaimed instance and one whose lease
 * ended read apart, and "still billed" while releasing with something that bills.
 */
export function phaseLabel(session: Pick<SessionView, 'phase' | 'goneBy' | 'stillBilled'>): Message {
  if (session.phase === 'releasing' && session.stillBilled) return msg('session.phase.releasingBilled');
  return session.phase === 'interrupted' && session.goneBy === 'lease'
    ? msg('session.phase.leaseEnded')
    : PHASE_LABELS[session.phase];
}
