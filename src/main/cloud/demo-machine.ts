import { inBoth, msg } from '../../shared/words/message';
import type { RemoteShell, SshConnector } from '../bootstrap/ssh-runner';
import { bootstrapStepMessage } from '../bootstrap/step-message';
import { STEP_TITLES } from '../bootstrap/steps';
import { STEP_IDS } from '../bootstrap/types';
import type { AddressSource, BootstrapPort } from '../sessions';
import { demoNvidiaSmi } from './demo-gpu';

/** The user's address in demo mode (TEST-NET-3, never routable): the simulator stands in for the address services. */
export const DEMO_EGRESS_IP = '203.0.113.10';

export const demoAddress: AddressSource = async () => ({
  cidr: `${DEMO_EGRESS_IP}/32`,
  how: inBoth('access.how.demo'),
});

/**
 * SSH for demo mode, where instances are only records in the built-in simulator: answers the
 * few commands the launch sends as a fresh Ubuntu machine would. Never used with a real account.
 */
export const demoSsh: SshConnector = {
  async connect(target) {
    const shell: RemoteShell = {
      // Demo instances have no machine: the key the launch pinned is the one "presented".
      hostKeySha256: target.hostKeySha256 ?? 'SHA256:demo',
      async exec(command, options = {}) {
        if (command.includes('nvidia-smi')) return demoNvidiaSmi(command, options);
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
 * The bootstrap of demo mode: walks the real steps with short pauses so the Session page shows
 * what a launch looks like, and reports that no notebook exists (nothing was bought).
 */
export function demoBootstrap(sleep: (ms: number, signal: AbortSignal) => Promise<void>): BootstrapPort {
  // Every step of a real bootstrap but the login (nothing to log in to) and the mirrors (none chosen).
  const steps = STEP_IDS.filter((step) => step !== 'connect' && step !== 'mirrors');
  return {
    async run(_session, target, hooks) {
      hooks.onStep(msg('bootstrap.demo'), true);
      for (const [i, step] of steps.entries()) {
        const event = { index: i + 1, total: steps.length, title: STEP_TITLES[step] };
        hooks.onStep(bootstrapStepMessage({ ...event, state: 'applying' }), false);
        await sleep(300, hooks.signal);
        hooks.onStep(bootstrapStepMessage({ ...event, state: 'done' }), true);
      }
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'DEMO' };
    },
    async scrub(_session, _target, hooks) {
      hooks.onLine('[demo] removing the notebook token, TLS key, host keys, logins and shell history … ok');
      await sleep(300, hooks.signal);
    },
  };
}
