import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
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
          'bootstrap.certificateMismatch',
          {
            en: `The notebook at ${host}:${port} presented a certificate Danlu did not make (${error.presented}); refusing to use it.`,
            zh: `${host}:${port} 上的 Notebook 出示了不是丹炉生成的证书（${error.presented}），已拒绝使用。`,
          },
          { cause: error },
        );
      }
      if (clock.now() > deadline || signal?.aborted) {
        throw new AppError(
          'bootstrap.notebookUnreachable',
          {
            en: `The notebook at ${host}:${port} does not answer over HTTPS: ${(error as Error).message}`,
            zh: `${host}:${port} 上的 Notebook 没有通过 HTTPS 响应：${(error as Error).message}`,
          },
          { retryable: true, cause: error },
        );
      }
      await clock.sleep(300, signal);
    }
  }
  const anonymous = await get('/api/status');
  if (anonymous.status !== 403 && anonymous.status !== 401) {
    throw new AppError('bootstrap.notebookOpen', {
      en: `The notebook answers without a password or token (HTTP ${anonymous.status}); refusing to use it.`,
      zh: `Notebook 无需密码或令牌即可访问（HTTP ${anonymous.status}），已拒绝使用。`,
    });
  }
  const withToken = await get('/api/status', { Authorization: `token ${input.token}` });
  if (withToken.status !== 200) {
    throw new AppError('bootstrap.notebookToken', {
      en: `The notebook does not accept Danlu's login token (HTTP ${withToken.status}).`,
      zh: `Notebook 不接受丹炉的登录令牌（HTTP ${withToken.status}）。`,
    });
  }
}
