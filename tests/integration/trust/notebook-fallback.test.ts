import { describe, expect, it } from 'vitest';
import { sessionsHandlers } from '../../../src/main/api/handlers/sessions';
import { Redactor } from '../../../src/main/log/redactor';
import type { SessionHub } from '../../../src/main/sessions';
import type { SessionView } from '../../../src/shared/session';

/**
 * A browser would open the notebook without checking its pinned certificate. So the page may
 * browse to it only over the development bridge (no desktop, no pinned window); when the desktop
 * app's window does not open (a start-up race), the answer says so and the page offers a retry.
 */
const session = {
  id: 'ses-a',
  phase: 'ready',
  notebook: { url: 'https://203.0.113.9:8888/', fingerprint256: 'AB:CD' },
} as unknown as SessionView;
const hub = { readyNotebook: async () => ({ session, notebook: session.notebook }) } as unknown as SessionHub;
const open = (transport: 'ipc' | 'bridge', openNotebook?: () => Promise<boolean>) =>
  sessionsHandlers({
    sessions: hub,
    redactor: new Redactor(),
    demo: async () => false,
    ...(openNotebook ? { openNotebook } : {}),
  })['notebook.open']({ id: 'ses-a' }, { transport });

describe('the notebook opens unpinned in a browser only over the development bridge', () => {
  it('the desktop app never lets the page fall back to the browser, opened or not', async () => {
    expect(await open('ipc', async () => false)).toMatchObject({ opened: false, browser: false });
    expect(await open('ipc', async () => true)).toMatchObject({ opened: true, browser: false });
    // Even a desktop without its window port (while it starts) answers over IPC: no browser.
    expect(await open('ipc')).toMatchObject({ opened: false, browser: false });
  });

  it('the development bridge, which has no pinned window, lets the page open a tab', async () => {
    expect(await open('bridge')).toMatchObject({ opened: false, browser: true, url: 'https://203.0.113.9:8888/' });
  });
});
