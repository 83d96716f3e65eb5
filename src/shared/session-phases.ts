import type { Localized } from './localized';
import type { SessionPhase, SessionView } from './session';

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
export const PHASE_LABELS: Readonly<Record<SessionPhase, Localized>> = {
  launching: { en: 'Launching', zh: '启动中' },
  ready: { en: 'Running', zh: '运行中' },
  stopping: { en: 'Stopping', zh: '停止中' },
  stopped: { en: 'Stopped', zh: '已停止' },
  starting: { en: 'Starting', zh: '开机中' },
  releasing: { en: 'Releasing', zh: '释放中' },
  released: { en: 'Released', zh: '已释放' },
  failed: { en: 'Failed', zh: '失败' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
  interrupted: { en: 'Reclaimed', zh: '已被回收' },
};
