/** What Jupyter says about activity: /api/status plus the kernels' states. */
export interface NotebookActivity {
  /** ISO time of the last request or kernel activity Jupyter saw. */
  lastActivity: string | null;
  /** Open browser connections. */
  connections: number;
  /** Kernels currently running code. */
  busyKernels: number;
  /** A GPU worked lately (the app's GPU readings); unknown counts as not. */
  gpuBusy?: boolean;
}

/**
 * The app's idle rule, a second layer to the watchdog on the instance: idle when no kernel is
 * busy, no GPU works, nobody is connected, and nothing happened for `minutes`.
 */
export function isIdle(activity: NotebookActivity, now: number, minutes: number): boolean {
  if (minutes <= 0 || activity.busyKernels > 0 || activity.gpuBusy || activity.connections > 0) return false;
  const last = activity.lastActivity ? Date.parse(activity.lastActivity) : Number.NaN;
  return Number.isFinite(last) && now - last >= minutes * 60_000;
}

/** Minutes since the notebook's last activity (0 when it never said). */
export function idleMinutes(activity: NotebookActivity, now: number): number {
  const last = activity.lastActivity ? Date.parse(activity.lastActivity) : Number.NaN;
  return Number.isFinite(last) ? Math.max(0, (now - last) / 60_000) : 0;
}
