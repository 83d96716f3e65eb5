const KEY = 'danlu.firstRun';

/** Whether the person already chose demo mode on the first-run screen (kept in this window's storage). */
export function demoChosen(): boolean {
  try {
    return localStorage.getItem(KEY) === 'demo';
  } catch {
    return false;
  }
}

export function rememberDemoChoice(): void {
  try {
    localStorage.setItem(KEY, 'demo');
  } catch {
    // Storage refused: the screen simply shows again next time.
  }
}
