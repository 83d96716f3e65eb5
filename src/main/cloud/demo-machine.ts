import type { Clock } from '../../shared/clock';
import { inBoth, msg } from '../../shared/words/message';
import type { RemoteShell, SshConnector } from '../bootstrap/ssh-runner';
import { bootstrapStepMessage } from '../bootstrap/step-message';
import { runSteps, type Step } from '../bootstrap/step-runner';
import { STEP_NEEDS, STEP_TITLES, withoutDriver } from '../bootstrap/steps';
import { reportedParts } from '../bootstrap/timeline';
import { STEP_IDS, type StepId } from '../bootstrap/types';
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
 * The bootstrap of demo mode: walks the real steps, side by side as their dependencies allow,
 * with short pauses so the Session page shows what a launch looks like (steps and timeline), and
 * reports that no notebook exists (nothing was bought).
 */
export function demoBootstrap(clock: Clock): BootstrapPort {
  // Every step of a real bootstrap but the login (nothing to log in to) and the mirrors (none chosen).
  const ids: StepId[] = STEP_IDS.filter((step) => step !== 'connect' && step !== 'mirrors');
  const steps: Step[] = ids.map((id) => {
    let done = false;
    return {
      id,
      title: STEP_TITLES[id],
      timeoutMs: 60_000,
      // As in a real bootstrap, the remote steps run once the host key is replaced.
      after:
        id === 'verify'
          ? ids.filter((other) => other !== 'verify')
          : id === 'host-key'
            ? []
            : [...(STEP_NEEDS[id] ?? []).filter((need) => ids.includes(need)), 'host-key'],
      check: async () => done,
      apply: async (ctx) => {
        await clock.sleep(300, ctx.signal);
        done = true;
        return 'done';
      },
    };
  });
  return {
    async run(session, target, hooks) {
      hooks.onStep(msg('bootstrap.demo'), true);
      const shell = await demoSsh.connect(
        { host: target.host, privateKey: '', hostKeySha256: 'SHA256:demo' },
        { timeoutMs: 1000 },
      );
      // A set-up on a CPU leaves the driver to the GPU machine, as the real bootstrap does.
      const run = session.plan.setupOnCpu ? withoutDriver(steps) : steps;
      await runSteps(run, { shell, facts: new Map() }, hooks.signal, {
        clock,
        reboot: async () => {},
        onStep: (event) => {
          if (event.state === 'applying' || event.state === 'done') {
            hooks.onStep(bootstrapStepMessage(event), event.state === 'done');
          }
        },
        onTimeline: (timeline) => hooks.onTimeline?.(reportedParts(timeline)),
      });
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'DEMO' };
    },
    async scrub(_session, _target, hooks) {
      hooks.onLine('[demo] removing the notebook token, TLS key, host keys, logins and shell history … ok');
      await clock.sleep(300, hooks.signal);
    },
  };
}
