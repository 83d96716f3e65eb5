import { msg } from '../../shared/messages/message';
import type { BootstrapPort } from './launch-deps';
import type { StepScope } from './step-scope';

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
  const notebook = await bootstrap.run(
    record,
    {
      host: record.resources.publicIp as string,
      privateKey: key.privateKey,
      publicKey: key.publicKey,
      hostKeySha256: record.hostKeySha256,
      dataDiskSerial: (record.resources.diskId ?? '').replace(/^d-/, ''),
    },
    {
      signal: scope.signal,
      onLine: (line) => scope.log(msg('remote.output', { line })),
      onStep: (detail, settled) => scope.detail('bootstrap', detail, { log: settled }),
    },
    password,
  );
  scope.update((s) => {
    s.notebook = { url: notebook.notebookUrl, fingerprint256: notebook.fingerprint256 };
  });
}
