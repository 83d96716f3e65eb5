import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { hostKeySha256 } from './host-key';
import { REMOTE_SCRIPT_DIR } from './remote-step';
import type { RemoteShell, SshConnector, SshTarget } from './ssh-runner';
import type { StepContext } from './step-runner';
import type { HostKeyChange } from './types';

const FACT = /^danlu:(current_host_key|next_host_key)=(ssh-ed25519 [A-Za-z0-9+/=]+)$/m;

export interface RotationDeps {
  connector: SshConnector;
  /** How Danlu logged in: the pin (and the staged key's, if any) it trusts now. */
  target: SshTarget;
  timeoutMs: number;
  onHostKey?: (change: HostKeyChange) => void | Promise<void>;
}

/**
 * After the first pinned login, has the machine make a host key of its own and serve it instead
 * of the one handed over in UserData, which anything on the machine and anyone allowed
 * DescribeUserData can read for the instance's whole life. The new public half is read over the
 * pinned channel and kept (`next`) before the machine switches; then Danlu logs in again with
 * it, and only that key is trusted from then on (`current`). A machine already serving a key
 * made on it changes nothing. Returns the shell to go on with (ctx.shell is replaced).
 */
export async function rotateHostKey(ctx: StepContext, deps: RotationDeps): Promise<RemoteShell> {
  const run = async (mode: 'stage' | 'activate') => {
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
  const staged = FACT.exec(await run('stage'));
  if (!staged) throw new AppError(msg('bootstrap.hostKeyRotationFailed', { reason: 'no public key reported' }));
  const [, kind, publicKey] = staged as unknown as [string, string, string];
  if (kind === 'current_host_key') {
    // Served already (perhaps switched just before a crash): the journal learns it if it had not.
    if (hostKeySha256(publicKey) !== ctx.shell.hostKeySha256) {
      throw new AppError(msg('bootstrap.hostKeyRotationFailed', { reason: 'the key on disk is not the one served' }));
    }
    if (ctx.shell.hostKeySha256 !== deps.target.hostKeySha256) await deps.onHostKey?.({ state: 'current', publicKey });
    return ctx.shell;
  }
  await deps.onHostKey?.({ state: 'next', publicKey });
  await run('activate');
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
  return shell;
}
