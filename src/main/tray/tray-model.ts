import type { Language } from '../../shared/contract';

/** What the tray reflects. Grows with the session lifecycle. */
export interface TrayState {
  kind: 'idle';
}

export type TrayAction = 'open' | 'prices' | 'quit';

export type TrayItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean };

export type TrayIcon = 'idle' | 'launching' | 'running' | 'warning';

export interface TrayModel {
  icon: TrayIcon;
  /** Shown next to the icon on macOS; empty when idle. */
  title: string;
  tooltip: string;
  items: TrayItem[];
}

const text = {
  en: { idle: 'Danlu — no GPU running', open: 'Open Danlu', prices: 'GPU prices…', quit: 'Quit Danlu' },
  'zh-CN': { idle: '丹炉 — 没有运行中的 GPU', open: '打开丹炉', prices: 'GPU 价格…', quit: '退出丹炉' },
} satisfies Record<Language, Record<string, string>>;

/** The tray as data: a pure function of the state, so it is tested without Electron. */
export function trayModel(state: TrayState, lang: Language): TrayModel {
  const t = text[lang];
  switch (state.kind) {
    case 'idle':
      return {
        icon: 'idle',
        title: '',
        tooltip: t.idle,
        items: [
          { kind: 'status', label: t.idle },
          { kind: 'separator' },
          { kind: 'action', action: 'open', label: t.open, enabled: true },
          { kind: 'action', action: 'prices', label: t.prices, enabled: true },
          { kind: 'separator' },
          { kind: 'action', action: 'quit', label: t.quit, enabled: true },
        ],
      };
  }
}
