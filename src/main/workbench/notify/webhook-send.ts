import { request } from 'node:https';

export interface SendOptions {
  /** Extra certificate authorities (tests serve their own over HTTPS). */
  ca?: string[];
  timeoutMs?: number;
}

/** How a post ended: the HTTP status and the start of the answer. */
export interface SendAnswer {
  status: number;
  body: string;
}

/** The most of an answer read: only a status word is needed from it. */
const MAX_ANSWER = 16 * 1024;

/** Posts JSON over HTTPS, once (no retry: a failing webhook is reported, not hammered). */
export function sendJson(url: string, body: unknown, options: SendOptions = {}): Promise<SendAnswer> {
  const target = new URL(url);
  if (target.protocol !== 'https:') return Promise.reject(new Error('only https:// addresses are used'));
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length },
        timeout: options.timeoutMs ?? 10_000,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < MAX_ANSWER) text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text.slice(0, MAX_ANSWER) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}
