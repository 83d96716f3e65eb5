import { join } from 'node:path';
import type { Clock } from '../../../shared/clock';
import { Bootstrapper } from '../../bootstrap/bootstrapper';
import { readScripts } from '../../bootstrap/script-upload';
import type { SshConnector } from '../../bootstrap/ssh-runner';
import { bootstrapStepMessage } from '../../bootstrap/step-message';
import { reportedParts } from '../../bootstrap/timeline';
import type { BootstrapOptions } from '../../bootstrap/types';
import type { NotebookTokens } from '../../credentials/notebook-tokens';
import type { Logger } from '../../log/logger';
import type { Redactor } from '../../log/redactor';
import type { BootstrapPort } from '../session-deps';

export interface BootstrapPortOptions {
  /** The app's assets folder (assets/bootstrap holds the remote scripts). */
  assetsDir: string;
  connector: SshConnector;
  clock: Clock;
  log: Logger;
  redactor: Redactor;
  tokens: NotebookTokens;
  /** The instance metadata service as the instance reaches it (the real one unless tests say otherwise). */
  metadataUrl?: string;
  /** Bootstrap settings beyond the defaults (packages, tools, watcher intervals). */
  extra?: Partial<BootstrapOptions>;
}

/**
 * The lifecycle's bootstrap step over the real Bootstrapper: the notebook token is kept in the
 * keychain per instance (so the app can log in later), the password only ever in memory.
 */
export function bootstrapPort(options: BootstrapPortOptions): BootstrapPort {
  const bootstrapper = new Bootstrapper({
    connector: options.connector,
    scripts: () => readScripts(join(options.assetsDir, 'bootstrap')),
    clock: options.clock,
    logger: options.log,
    redactor: options.redactor,
  });
  return {
    async run(session, target, hooks, password) {
      const instanceId = session.resources.instanceId as string;
      const token = (await options.tokens.get(instanceId)) ?? undefined;
      const result = await bootstrapper.run(
        {
          host: target.host,
          publicIp: target.host,
          privateKey: target.privateKey,
          publicKey: target.publicKey,
          hostKeySha256: target.hostKeySha256,
          hostKeyType: target.hostKeyType,
          nextHostKeySha256: target.nextHostKeySha256,
          regionId: session.plan.regionId,
          dataDiskSerial: target.dataDiskSerial,
          mayFormatDisk: target.mayFormatDisk,
          metadataUrl: options.metadataUrl,
        },
        {
          ...options.extra,
          // Empty: keep the password already set on the instance (after a restart of the app).
          password: password ?? '',
          // A set-up on a CPU has no GPU to drive: the switch to the GPU runs the driver step.
          driver: !session.plan.setupOnCpu,
          token,
          idle: { enabled: session.plan.idleShutdownMinutes > 0, minutes: session.plan.idleShutdownMinutes || 60 },
        },
        {
          signal: hooks.signal,
          onHostKey: hooks.onHostKey,
          onLine: (step, line) => hooks.onLine(`[${step}] ${line}`),
          onStep: (event) =>
            hooks.onStep(bootstrapStepMessage(event), ['done', 'skipped', 'failed'].includes(event.state)),
          onTimeline: (timeline) => hooks.onTimeline?.(reportedParts(timeline)),
        },
      );
      await options.tokens.save(instanceId, result.token);
      return { notebookUrl: result.notebookUrl, fingerprint256: result.fingerprint256 };
    },
    scrub: (_session, target, hooks) => bootstrapper.scrub(target, hooks),
    forget: async (instanceId) => {
      await options.tokens.forget(instanceId);
    },
  };
}
