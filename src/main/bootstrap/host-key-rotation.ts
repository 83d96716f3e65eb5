import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { hostKeySha256 } from './host-key';
import { REMOTE_SCRIPT_DIR } from './remote-step';
import type { SshConnector, SshTarget } from './ssh-runner';
import type { Step, StepContext } from './step-runner';
import { STEP_NEEDS, STEP_TITLES } from './steps';
import type { HostKeyChange } from './types';

const FACT = /^danlu:(current_host_key|next_host_key)=(ssh-ed25519 [A-Za-z0-9+/=]+)$/m;

export interface RotationDeps {
  connector: SshConnector;
  /**
   * How Danlu logs in: the pin (and the staged key's, if any) it trusts now. Moved on to the new
   * key once the machine serves it, so every later login (a reboot's) expects that one.
   */
  target: SshTarget;
  timeoutMs: number;
  onHostKey?: (change: HostKeyChange) => void | Promise<void>;
}

/**
 * The `host-key` step. After the first pinned login, has the machine make a host key of its own
 * and serve it instead of the one handed over in UserData, which anything on the machine and
 * anyone allowed DescribeUserData can read for the instance's whole life. The check asks the
 * machine which key it serves (staging the next one, once, if it is still the UserData key); the
 * apply keeps the new public half (`next`, read over the pinned channel) before the machine
 * switches, then logs in again with it, and only that key is trusted from then on (`current`).
 * A machine already serving a key made on it changes nothing. ctx.shell is replaced.
 */
export function hostKeyStep(deps: RotationDeps): Step {
  let staged: string | undefined;
  const run = async (ctx: StepContext, mode: 'stage' | 'activate') => {
    const result = await ctx.shell.exec(`bash ${REMOTE_SCRIPT_DIR}/host-key.sh ${mode}`, {
      timeoutMs: 60_000,
      signal: ctx.signal,
      onLine: (line) => ctx.onLine(line),
    });
    if (result.code !== 0) {
      const reason = result.stderr.trim().split('\n').at(-1) ?? String(result.code);
      throw new AppError(msg('bootstrap.hostKeyRotationFailed', { reason }));
    }
    return result.stdout;
  };
  return {
    id: 'host-key',
    title: STEP_TITLES['host-key'],
    timeoutMs: deps.timeoutMs + 120_000,
    after: STEP_NEEDS['host-key'] ?? [],
    check: async (ctx) => {
      const fact = FACT.exec(await run(ctx, 'stage'));
      if (!fact) throw new AppError(msg('bootstrap.hostKeyRotationFailed', { reason: 'no public key reported' }));
      const [, kind, publicKey] = fact as unknown as [string, string, string];
      if (kind === 'next_host_key') {
        staged = publicKey;
        return false;
      }
      // Served already (perhaps switched just before a crash): the journal learns it if it had not.
      if (hostKeySha256(publicKey) !== ctx.shell.hostKeySha256) {
        throw new AppError(msg('bootstrap.hostKeyRotationFailed', { reason: 'the key on disk is not the one served' }));
      }
      if (ctx.shell.hostKeySha256 !== deps.target.hostKeySha256) {
        await deps.onHostKey?.({ state: 'current', publicKey });
        follow(deps.target, ctx.shell.hostKeySha256);
      }
      return true;
    },
    apply: async (ctx) => {
      const publicKey = staged as string;
      await deps.onHostKey?.({ state: 'next', publicKey });
      await run(ctx, 'activate');
      const pin = hostKeySha256(publicKey);
      const { nextHostKeySha256: _staged, ...rest } = deps.target;
      const shell = await deps.connector.connect(
        { ...rest, hostKeySha256: pin, hostKeyType: 'ssh-ed25519' },
        { timeoutMs: deps.timeoutMs, signal: ctx.signal },
      );
      ctx.shell.close();
      ctx.shell = shell;
      ctx.onLine(`changed: host key replaced, now ${pin}`);
      await deps.onHostKey?.({ state: 'current', publicKey });
      follow(deps.target, pin);
      return 'done';
    },
  };
}

/** Every later login expects the key the machine serves now. */
function follow(target: SshTarget, pin: string): void {
  target.hostKeySha256 = pin;
  target.hostKeyType = 'ssh-ed25519';
  delete target.nextHostKeySha256;
}
