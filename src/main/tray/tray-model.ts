import { clockText } from '../../shared/clock-text';
import type { Language } from '../../shared/contract';
import type { SessionCost } from '../../shared/meter';
import { LIVE_PHASES, type SessionPhase, type SessionView } from '../../shared/session';

/** What the tray reflects: the session that matters now (if any) and its cost. */
export interface TrayState {
  session: SessionView | null;
  cost: SessionCost | null;
  /** A plan to launch again with one click. */
  hasLastPlan: boolean;
  demo: boolean;
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

const ACTIVE: readonly SessionPhase[] = [...LIVE_PHASES, 'interrupted'];
const BUSY: SessionPhase[] = ['launching', 'stopping', 'starting', 'releasing'];

const text = {
  en: {
    idle: 'Danlu — no GPU running',
    demo: 'demo',
    open: 'Open Danlu',
    prices: 'GPU prices…',
    quit: 'Quit Danlu',
    openNotebook: 'Open notebook',
    copySsh: 'Copy SSH command',
    start: 'Start',
    stop: 'Stop (keep everything)',
    release: 'Release…',
    recover: 'Recover with the same disk',
    cancel: 'Cancel launch',
    launchLast: 'Launch last plan',
    phase: {
      launching: 'launching',
      ready: 'running',
      stopping: 'stopping',
      stopped: 'stopped',
      starting: 'starting',
      releasing: 'releasing',
      released: 'released',
      failed: 'failed',
      cancelled: 'cancelled',
      interrupted: 'reclaimed',
    } satisfies Record<SessionPhase, string>,
    reclaim: 'reclaim at',
  },
  'zh-CN': {
    idle: '丹炉 — 没有运行中的 GPU',
    demo: '演示',
    open: '打开丹炉',
    prices: 'GPU 价格…',
    quit: '退出丹炉',
    openNotebook: '打开 Notebook',
    copySsh: '复制 SSH 命令',
    start: '启动',
    stop: '停止（保留一切）',
    release: '释放…',
    recover: '用同一块磁盘恢复',
    cancel: '取消启动',
    launchLast: '按上次配置启动',
    phase: {
      launching: '启动中',
      ready: '运行中',
      stopping: '停止中',
      stopped: '已停止',
      starting: '启动中',
      releasing: '释放中',
      released: '已释放',
      failed: '失败',
      cancelled: '已取消',
      interrupted: '已被回收',
    } satisfies Record<SessionPhase, string>,
    reclaim: '回收于',
  },
} satisfies Record<Language, unknown>;

export const money = (n: number) => `¥${n.toFixed(2)}`;

/** The session the tray shows: the one in progress, else none. */
export function traySession(sessions: SessionView[]): SessionView | null {
  return (
    sessions.filter((s) => ACTIVE.includes(s.phase)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
  );
}

/** True when quitting would leave something running that the user should hear about first. */
export function quitNeedsConfirm(sessions: SessionView[]): boolean {
  return sessions.some((s) => ['launching', 'ready', 'starting', 'stopping', 'releasing'].includes(s.phase));
}

/** The tray as data: a pure function of the state, so it is tested without Electron. */
export function trayModel(state: TrayState, lang: Language): TrayModel {
  const t = text[lang];
  const s = state.session;
  const footer: TrayItem[] = [
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: t.open, enabled: true },
    { kind: 'action', action: 'prices', label: t.prices, enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: t.quit, enabled: true },
  ];
  const demo = state.demo ? ` (${t.demo})` : '';
  if (!s) {
    return {
      icon: 'idle',
      title: '',
      tooltip: t.idle + demo,
      items: [
        { kind: 'status', label: t.idle + demo },
        { kind: 'separator' },
        { kind: 'action', action: 'launchLast', label: t.launchLast, enabled: state.hasLastPlan },
        ...footer,
      ],
    };
  }
  const cost = state.cost;
  const parts = [s.instanceType ?? s.plan.instanceTypes[0], s.zoneId ?? s.plan.regionId, t.phase[s.phase]];
  if (cost) parts.push(clockText(cost.elapsedMs), money(cost.costSoFar), `${money(cost.perHourNow)}/h`);
  if (s.reclaimDeadline) parts.push(`${t.reclaim} ${s.reclaimDeadline.slice(11, 16)} UTC`);
  const status = parts.join(' · ') + demo;
  const icon: TrayIcon =
    s.reclaimDeadline || s.phase === 'interrupted'
      ? 'warning'
      : BUSY.includes(s.phase)
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
      { kind: 'action', action: 'openNotebook', label: t.openNotebook, enabled: ready && Boolean(s.notebook) },
      { kind: 'action', action: 'copySsh', label: t.copySsh, enabled: ready && Boolean(s.resources.publicIp) },
      { kind: 'separator' },
      ...(s.phase === 'launching'
        ? [{ kind: 'action' as const, action: 'cancel' as const, label: t.cancel, enabled: true }]
        : []),
      ...(s.phase === 'interrupted'
        ? [{ kind: 'action' as const, action: 'recover' as const, label: t.recover, enabled: true }]
        : []),
      { kind: 'action', action: 'start', label: t.start, enabled: s.phase === 'stopped' },
      { kind: 'action', action: 'stop', label: t.stop, enabled: ready },
      {
        kind: 'action',
        action: 'release',
        label: t.release,
        enabled: ['ready', 'stopped', 'interrupted'].includes(s.phase),
      },
      ...footer,
    ],
  };
}
