import type { RemoteShell, SshConnector } from '../bootstrap/ssh-runner';
import type { BootstrapPort } from '../sessions/launch-deps';

/** The address demo instances "see" the user coming from (TEST-NET-3, never routable). */
export const DEMO_EGRESS_IP = '203.0.113.10';

/**
 * SSH for demo mode, where instances are only records in the built-in simulator: answers the
 * few commands the launch sends as a fresh Ubuntu machine would. Never used with a real account.
 */
export const demoSsh: SshConnector = {
  async connect(target) {
    const shell: RemoteShell = {
      hostKeySha256: 'SHA256:demo-host-key',
      async exec(command) {
        if (command.includes('SSH_CLIENT')) return { code: 0, stdout: `${DEMO_EGRESS_IP} 52114 22`, stderr: '' };
        return { code: 0, stdout: '', stderr: '' };
      },
      async upload() {},
      close() {},
    };
    if (!target.host) throw new Error('no address to connect to');
    return shell;
  },
};

/**
 * The bootstrap of demo mode: walks the real step names with short pauses so the Session page
 * shows what a launch looks like, and reports that no notebook exists (nothing was bought).
 */
export function demoBootstrap(sleep: (ms: number, signal: AbortSignal) => Promise<void>): BootstrapPort {
  const steps = [
    'facts',
    'user ml',
    'data disk → /mnt/ml',
    'tools',
    'GPU driver',
    'Python',
    'notebook (HTTPS)',
    'spot watcher',
    'idle watchdog',
    'verify',
  ];
  return {
    async run(_session, target, hooks) {
      for (const step of steps) {
        hooks.onStep(`demo: ${step}`);
        hooks.onLine(`[demo] ${step} … ok`);
        await sleep(300, hooks.signal);
      }
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'DEMO' };
    },
  };
}
