import { clockText } from '../../shared/clock-text';
import type { Language } from '../../shared/contract';
import { type Localized, localize } from '../../shared/localized';
import type { SessionCost } from '../../shared/meter';
import type { SessionView } from '../../shared/session';
import { BUSY_PHASES, isCurrent, PHASE_LABELS } from '../../shared/session-phases';

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

const text = {
  idle: { en: 'Danlu — no GPU running', zh: '丹炉 — 没有运行中的 GPU' },
  checking: { en: 'Danlu — checking your sessions…', zh: '丹炉 — 正在读取会话…' },
  unreadable: { en: 'Danlu — sessions unavailable, open for details', zh: '丹炉 — 无法读取会话，打开查看详情' },
  demo: { en: 'demo', zh: '演示' },
  open: { en: 'Open Danlu', zh: '打开丹炉' },
  prices: { en: 'GPU prices…', zh: 'GPU 价格…' },
  quit: { en: 'Quit Danlu', zh: '退出丹炉' },
  openNotebook: { en: 'Open notebook', zh: '打开 Notebook' },
  copySsh: { en: 'Copy SSH command', zh: '复制 SSH 命令' },
  start: { en: 'Start', zh: '启动' },
  stop: { en: 'Stop (keep everything)', zh: '停止（保留一切）' },
  release: { en: 'Release…', zh: '释放…' },
  recover: { en: 'Recover with the same disk', zh: '用同一块磁盘恢复' },
  cancel: { en: 'Cancel launch', zh: '取消启动' },
  launchLast: { en: 'Launch last plan', zh: '按上次配置启动' },
  reclaim: { en: 'reclaim at', zh: '回收于' },
} satisfies Record<string, Localized>;

export const money = (n: number) => `¥${n.toFixed(2)}`;

/** The session the tray shows: the one in progress, else none. */
export function traySession(sessions: SessionView[]): SessionView | null {
  return sessions.filter(isCurrent).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** The tray as data: a pure function of the state, so it is tested without Electron. */
export function trayModel(state: TrayState, lang: Language): TrayModel {
  const t = (key: keyof typeof text) => localize(text[key], lang);
  const s = state.session;
  const footer: TrayItem[] = [
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: t('open'), enabled: true },
    { kind: 'action', action: 'prices', label: t('prices'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: t('quit'), enabled: true },
  ];
  const demo = state.demo ? ` (${t('demo')})` : '';
  if (!s) {
    const status = state.unknown ? t(state.unknown) : t('idle') + demo;
    return {
      icon: state.unknown === 'unreadable' ? 'warning' : 'idle',
      title: '',
      tooltip: status,
      items: [
        { kind: 'status', label: status },
        { kind: 'separator' },
        { kind: 'action', action: 'launchLast', label: t('launchLast'), enabled: state.hasLastPlan && !state.unknown },
        ...footer,
      ],
    };
  }
  const cost = state.cost;
  const parts = [
    s.instanceType ?? s.plan.instanceTypes[0],
    s.zoneId ?? s.plan.regionId,
    localize(PHASE_LABELS[s.phase], lang),
  ];
  if (cost) parts.push(clockText(cost.elapsedMs), money(cost.costSoFar), `${money(cost.perHourNow)}/h`);
  if (s.reclaimDeadline) parts.push(`${t('reclaim')} ${s.reclaimDeadline.slice(11, 16)} UTC`);
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
      { kind: 'action', action: 'openNotebook', label: t('openNotebook'), enabled: ready && Boolean(s.notebook) },
      { kind: 'action', action: 'copySsh', label: t('copySsh'), enabled: ready && Boolean(s.resources.publicIp) },
      { kind: 'separator' },
      ...(s.phase === 'launching'
        ? [{ kind: 'action' as const, action: 'cancel' as const, label: t('cancel'), enabled: true }]
        : []),
      ...(s.phase === 'interrupted'
        ? [{ kind: 'action' as const, action: 'recover' as const, label: t('recover'), enabled: true }]
        : []),
      { kind: 'action', action: 'start', label: t('start'), enabled: s.phase === 'stopped' },
      { kind: 'action', action: 'stop', label: t('stop'), enabled: ready },
      {
        kind: 'action',
        action: 'release',
        label: t('release'),
        enabled: ['ready', 'stopped', 'interrupted'].includes(s.phase),
      },
      ...footer,
    ],
  };
}
