import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { RemoteShell, SshConnector, SshTarget } from './ssh-runner';
import type { StepContext } from './step-runner';

const bootId = async (shell: RemoteShell, signal?: AbortSignal) =>
  (await shell.exec('cat /proc/sys/kernel/random/boot_id', signal ? { signal } : {})).stdout.trim();

/**
 * Restarts the machine (to load a new driver) and logs in again once it has really rebooted —
 * the kernel's boot id tells a new boot from an sshd that has not gone down yet. The new
 * connection replaces ctx.shell and must present the same host key.
 */
export async function rebootAndReconnect(
  ctx: StepContext,
  deps: { connector: SshConnector; clock: Clock; target: SshTarget; timeoutMs: number },
): Promise<void> {
  const { clock, connector } = deps;
  const before = await bootId(ctx.shell, ctx.signal);
  ctx.onLine('rebooting');
  await ctx.shell.exec('systemctl reboot', { timeoutMs: 10_000 }).catch(() => undefined);
  ctx.shell.close();
  const deadline = clock.now() + deps.timeoutMs;
  for (;;) {
    await clock.sleep(1000, ctx.signal);
    const remaining = Math.max(1000, deadline - clock.now());
    const shell = await connector.connect(
      { ...deps.target, hostKeySha256: ctx.shell.hostKeySha256 },
      { timeoutMs: remaining, signal: ctx.signal },
    );
    const now = await bootId(shell, ctx.signal).catch(() => before);
    if (now !== before) {
      ctx.shell = shell;
      ctx.onLine('back after reboot');
      return;
    }
    shell.close();
    if (clock.now() > deadline) {
      throw new AppError(msg('bootstrap.rebootTimeout'));
    }
  }
}
