import type { mainOnlyTables as everyText } from './main-only';

/** The window's stand-in for main-only.ts: the window never words these tables itself (see there). */
export const mainOnlyTables = { 'cloud-error': {}, notice: {}, 'ssh-config': {}, tray: {} } as typeof everyText;
