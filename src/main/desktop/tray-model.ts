import { clockText } from '../../shared/clock-text';
import type { Language } from '../../shared/contract';
import type { SessionCost } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import { BUSY_PHASES, isCurrent, phaseLabel } from '../../shared/session-phases';
import type { WordKey } from '../../shared/words';
import { msg, renderMessage } from '../../shared/words/message';

/** What the tray reflects: the session that matters now (if any) and its cost. */
export interface TrayState {
  session: SessionView | null;
  cost: SessionCost | null;
  /** A plan to launch again with one click. */
  hasLastPlan: boolean;
  demo: boolean;
  /**
   * Set while the sessions are not known: still being read, or unreadable (no keychain, no cloud).
   * The tray then says so rather than guess, and still opens and quits.
   */
  unknown?: 'checking' | 'unreadable';
}

export type TrayAction =
  | 'open'
  | 'prices'
  | 'quit'
  | 'openNotebook'
  | 'copySsh'
  | 'start'
  | 'stop'
  | 'release'
  | 'recover'
  | 'cancel'
  | 'launchLast';

export type TrayItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean };

export type TrayIcon = 'idle' | 'launching' | 'running' | 'warning';

export interface TrayModel {
  icon: TrayIcon;
  /** Shown next to the icon on macOS ("¥3.42"); empty when nothing is billed. */
  title: string;
  tooltip: string;
  items: TrayItem[];
}

export const money = (n: number) => `¥${n.toFixed(2)}`;

/** The session the tray shows: the one in progress, else none. */
export function traySession(sessions: SessionView[]): SessionView | null {
  return sessions.filter(isCurrent).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** The tray as data: a pure function of the state, so it is tested without Electron. */
export function trayModel(state: TrayState, lang: Language): TrayModel {
  const t = (key: WordKey) => renderMessage(msg(key), lang);
  const s = state.session;
  const footer: TrayItem[] = [
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: t('tray.open'), enabled: true },
    { kind: 'action', action: 'prices', label: t('tray.prices'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: t('tray.quit'), enabled: true },
  ];
  const demo = state.demo ? ` (${t('tray.demo')})` : '';
  if (!s) {
    const status = state.unknown ? t(`tray.${state.unknown}`) : t('tray.idle') + demo;
    return {
      icon: state.unknown === 'unreadable' ? 'warning' : 'idle',
      title: '',
      tooltip: status,
      items: [
        { kind: 'status', label: status },
        { kind: 'separator' },
        {
          kind: 'action',
          action: 'launchLast',
          label: t('tray.launchLast'),
          enabled: state.hasLastPlan && !state.unknown,
        },
        ...footer,
      ],
    };
  }
  const cost = state.cost;
  const parts = [
    s.instanceType ?? s.plan.instanceTypes[0],
    s.zoneId ?? s.plan.regionId,
    renderMessage(phaseLabel(s), lang),
  ];
  if (cost) parts.push(clockText(cost.elapsedMs), money(cost.costSoFar), `${money(cost.perHourNow)}/h`);
  if (s.reclaimDeadline) parts.push(`${t('tray.reclaim')} ${s.reclaimDeadline.slice(11, 16)} UTC`);
  const status = parts.join(' · ') + demo;
  const icon: TrayIcon =
    s.reclaimDeadline || s.phase === 'interrupted'
      ? 'warning'
      : BUSY_PHASES.includes(s.phase)
        ? 'launching'
        : s.phase === 'ready'
          ? 'running'
          : 'idle';
  const ready = s.phase === 'ready';
  return {
    icon,
    title: cost && s.phase !== 'interrupted' ? money(cost.costSoFar) : '',
    tooltip: status,
    items: [
      { kind: 'status', label: status },
      { kind: 'separator' },
      { kind: 'action', action: 'openNotebook', label: t('tray.openNotebook'), enabled: ready && Boolean(s.notebook) },
      { kind: 'action', action: 'copySsh', label: t('tray.copySsh'), enabled: ready && Boolean(s.resources.publicIp) },
      { kind: 'separator' },
      ...(s.phase === 'launching'
        ? [{ kind: 'action' as const, action: 'cancel' as const, label: t('tray.cancel'), enabled: true }]
        : []),
      ...(s.phase === 'interrupted'
        ? [{ kind: 'action' as const, action: 'recover' as const, label: t('tray.recover'), enabled: true }]
        : []),
      { kind: 'action', action: 'start', label: t('tray.start'), enabled: s.phase === 'stopped' },
      { kind: 'action', action: 'stop', label: t('tray.stop'), enabled: ready },
      {
        kind: 'action',
        action: 'release',
        label: t('tray.release'),
        enabled: ['ready', 'stopped', 'interrupted'].includes(s.phase),
      },
      ...footer,
    ],
  };
}
