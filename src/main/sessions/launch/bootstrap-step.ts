import { AppError } from '../../../shared/errors';
import type { StepPartView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { BootstrapPort, ReportedPart } from '../session-deps';
import type { StepScope } from '../step-scope';
import { expectUserDataKey, followHostKey, hostPins } from './host-pin';

/**
 * Hands the running machine to the bootstrap and keeps the notebook it reports (after a launch,
 * and after a start, when the public IP may have changed and the certificate must follow).
 */
export async function runBootstrap(
  scope: StepScope,
  bootstrap: BootstrapPort,
  password: string | undefined,
): Promise<void> {
  const record = scope.record;
  const key = scope.deps.localKey();
  setParts(scope, () => []);
  const notebook = await bootstrap.run(
    record,
    {
      host: record.resources.publicIp as string,
      privateKey: key.privateKey,
      publicKey: key.publicKey,
      ...hostPins(record),
      dataDiskSerial: (record.resources.diskId ?? '').replace(/^d-/, ''),
      mayFormatDisk: record.diskBlank === true,
    },
    {
      signal: scope.signal,
      onLine: (line) => scope.log(msg('bootstrap.remoteOutput', { line })),
      onStep: (detail, settled) => scope.detail('bootstrap', detail, { log: settled }),
      onHostKey: (change) => {
        scope.update((s) => followHostKey(s, change));
        if (change.state === 'current') {
          scope.log(msg('trust.hostKeyRotated', { sha256: scope.record.hostKeySha256 as string }));
        }
      },
      onTimeline: (parts) => setParts(scope, (known) => stampParts(known, parts, scope.deps.clock.now())),
    },
    password,
  );
  scope.update((s) => {
    s.notebook = { url: notebook.notebookUrl, fingerprint256: notebook.fingerprint256 };
  });
}

function setParts(scope: StepScope, change: (known: StepPartView[]) => StepPartView[]): void {
  scope.update((s) => {
    const view = s.steps.find((v) => v.id === 'bootstrap');
    if (view) view.parts = change(view.parts ?? []);
  });
}

/**
 * The bootstrap's timeline in journal time: its first report anchors it, and each part keeps the
 * bootstrap's own measure of when it started and ended after that.
 */
export function stampParts(known: StepPartView[], parts: ReportedPart[], now: number): StepPartView[] {
  const anchor = known[0] ? Date.parse(known[0].startedAt) : now;
  const at = (ms: number) => new Date(anchor + ms).toISOString();
  return parts.map((part) => ({
    id: part.id,
    state: part.state,
    startedAt: at(part.startMs),
    ...(part.endMs !== undefined ? { endedAt: at(part.endMs) } : {}),
  }));
}

/** Removes every secret from the running machine before it is imaged (see assets/bootstrap/scrub.sh). */
export async function scrubMachine(scope: StepScope): Promise<void> {
  const scrub = scope.deps.bootstrap?.scrub;
  if (!scrub) {
    throw new AppError(msg('session.cannotScrub'));
  }
  const record = scope.record;
  await scrub(
    record,
    {
      host: record.resources.publicIp as string,
      privateKey: scope.deps.localKey().privateKey,
      ...hostPins(record),
    },
    { signal: scope.signal, onLine: (line) => scope.log(msg('bootstrap.remoteOutput', { line })) },
  );
  scope.update(expectUserDataKey);
  scope.log(msg('trust.imageScrubbed'));
}
