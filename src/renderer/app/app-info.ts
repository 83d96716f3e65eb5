import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/contract';

/** What the app said about itself at start (and after credentials change): demo mode, platform, transport. */
export const AppInfoContext = createContext<AppInfo | null>(null);

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside the app frame');
  return info;
}
