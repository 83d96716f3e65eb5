import { clockText } from '../../shared/clock-text';
import type { Language, UpdateStatus } from '../../shared/contract';
import type { GpuReading, GpuState } from '../../shared/gpu';
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
  /** The CPU set-up part of the shown session's bill: what the session it switched from cost (CNY). */
  setupCost?: number;
  /** The shown session's GPUs as last read (the tooltip's second line). */
  gpu?: TrayGpu | null;
  /**
   * Set while the sessions are not known: still being read, or unreadable (no keychain, no cloud).
   * The tray then says so rather than guess, and still opens and quits.
   */
  unknown?: 'checking' | 'unreadable';
  /** What the Help menu shows: the version, and where updates stand. */
  help?: TrayHelp;
}

export interface TrayHelp {
  version: string;
  update: UpdateStatus | null;
}

/** The last GPU reading of the tray's session, or why there is none. */
export interface TrayGpu {
  state: GpuState;
  gpus: GpuReading[];
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
  | 'launchLast'
  | 'checkUpdates'
  | 'restartToUpdate'
  | 'exportDiagnostics'
  | 'reportProblem';

export type TrayItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'submenu'; id: 'help'; label: string; items: TrayItem[] };

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

/** "Restart to update" once a new version is downloaded (greyed while work runs); nothing otherwise. */
function restartItems(help: TrayHelp | undefined, lang: Language): TrayItem[] {
  const update = help?.update;
  if (update?.phase !== 'ready' || !update.next) return [];
  const label = renderMessage(msg('tray.restartToUpdate', { version: update.next.version }), lang);
  return [{ kind: 'action', action: 'restartToUpdate', label, enabled: !update.waitingFor }];
}

/** Help: the version, where updates stand, diagnostics and a problem report. */
function helpMenu(help: TrayHelp | undefined, lang: Language): TrayItem {
  const say = (code: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]) =>
    renderMessage(msg(code, params), lang);
  const update = help?.update;
  const check: TrayItem =
    update?.phase === 'checking'
      ? { kind: 'action', action: 'checkUpdates', label: say('tray.checkingUpdates'), enabled: false }
      : update?.phase === 'downloading' && update.next
        ? {
            kind: 'action',
            action: 'checkUpdates',
            label: say('tray.downloadingUpdate', { version: update.next.version, percent: update.percent ?? 0 }),
            enabled: false,
          }
        : {
            kind: 'action',
            action: 'checkUpdates',
            label: say('tray.checkUpdates'),
            enabled: update?.phase === 'idle',
          };
  return {
    kind: 'submenu',
    id: 'help',
    label: say('tray.help'),
    items: [
      ...(help ? [{ kind: 'status' as const, label: say('tray.version', { version: help.version }) }] : []),
      check,
      { kind: 'separator' },
      { kind: 'action', action: 'exportDiagnostics', label: say('tray.exportDiagnostics'), enabled: true },
      { kind: 'action', action: 'reportProblem', label: say('tray.reportProblem'), enabled: true },
    ],
  };
}

/** The tray as data: a pure function of the state, so it is tested without Electron. */
export function trayModel(state: TrayState, lang: Language): TrayModel {
  const t = (key: WordKey) => renderMessage(msg(key), lang);
  const s = state.session;
  const footer: TrayItem[] = [
    { kind: 'separator' },
    ...restartItems(state.help, lang),
    { kind: 'action', action: 'open', label: t('tray.open'), enabled: true },
    { kind: 'action', action: 'prices', label: t('tray.prices'), enabled: true },
    helpMenu(state.help, lang),
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
  // A GPU session that took over a CPU set-up: the set-up's part of the bill beside its own.
  if (state.setupCost !== undefined) parts.push(`${t('tray.setupPart')} ${money(state.setupCost)}`);
  if (s.reclaimDeadline) parts.push(`${t('tray.reclaim')} ${s.reclaimDeadline.slice(11, 16)} UTC`);
  const status = parts.join(' · ') + demo;
  const gpu = s.phase === 'ready' && state.gpu ? gpuLine(state.gpu, lang) : '';
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
    tooltip: gpu ? `${status}\n${gpu}` : status,
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

const gib = (mib: number) => (mib / 1024).toFixed(1);

/** "GPU 87 % · 10.2/15.0 GiB" per GPU, or why there is no reading; empty while the first is awaited. */
function gpuLine(gpu: TrayGpu, lang: Language): string {
  if (gpu.state === 'starting') return '';
  if (gpu.state !== 'reading') return renderMessage(msg(`gpu.tray.${gpu.state}`), lang);
  const list = gpu.gpus.map((g) =>
    msg('gpu.tray.one', { percent: g.utilization, used: gib(g.memoryUsedMiB), total: gib(g.memoryTotalMiB) }),
  );
  return list.length
    ? renderMessage(msg('gpu.tray.reading', { list: { list: list.map((m) => ({ msg: m })) } }), lang)
    : '';
}
