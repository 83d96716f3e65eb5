import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import { PinMismatchError, pinnedGet } from './notebook-probe';

export interface VerifyNotebookInput {
  host: string;
  port: number;
  pin: string;
  token: string;
  clock: Clock;
  signal?: AbortSignal;
  /** How long the notebook may take to start answering (default 60 s). */
  timeoutMs?: number;
}

/**
 * Proves the notebook is what Danlu set up: it answers HTTPS on its port with exactly the pinned
 * certificate, refuses the API without credentials, and accepts the token. A server with another
 * certificate is refused at once (never retried, never sent the token).
 */
export async function verifyNotebook(input: VerifyNotebookInput): Promise<void> {
  const { host, port, pin, clock, signal } = input;
  const deadline = clock.now() + (input.timeoutMs ?? 60_000);
  const get = (path: string, headers: Record<string, string> = {}) =>
    pinnedGet({ host, port, path, pin, headers, timeoutMs: 10_000, ...(signal ? { signal } : {}) });
  for (;;) {
    try {
      const api = await get('/api');
      if (api.status === 200 && api.body.includes('"version"')) break;
      throw new Error(`/api answered ${api.status}`);
    } catch (error) {
      if (error instanceof PinMismatchError) {
        throw new AppError(
          msg('bootstrap.certificateMismatch', { host, port: String(port), presented: error.presented }),
          {
            cause: error,
          },
        );
      }
      if (clock.now() > deadline || signal?.aborted) {
        throw new AppError(
          msg('bootstrap.notebookUnreachable', { host, port: String(port), reason: (error as Error).message }),
          {
            retryable: true,
            cause: error,
          },
        );
      }
      await clock.sleep(300, signal);
    }
  }
  const anonymous = await get('/api/status');
  if (anonymous.status !== 403 && anonymous.status !== 401) {
    throw new AppError(msg('bootstrap.notebookOpen', { status: String(anonymous.status) }));
  }
  const withToken = await get('/api/status', { Authorization: `token ${input.token}` });
  if (withToken.status !== 200) {
    throw new AppError(msg('bootstrap.notebookToken', { status: String(withToken.status) }));
  }
}
