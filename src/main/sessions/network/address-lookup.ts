import { request } from 'node:https';
import { AppError } from '../../../shared/errors';
import type { Localized } from '../../../shared/localized';
import { checkSourceCidr, distinctAddressServices, isPublicIpv4 } from '../../../shared/source-address';
import { inBoth, type Message, msg } from '../../../shared/words/message';

/** The source SSH and the notebook are opened to, and how Danlu knows it (for the step detail). */
export interface SourceAddress {
  cidr: string;
  how: Localized;
}

/** Learns where the user is right now; throws a message for the user when it cannot tell. */
export type AddressSource = (signal?: AbortSignal) => Promise<SourceAddress>;

export interface AddressLookupOptions {
  /** HTTPS services answering the caller's public IPv4 address as plain text (read at each call). */
  endpoints: () => readonly string[];
  /** A range the user typed in Settings; when set, no service is asked. */
  typedCidr: () => string | null;
  /** Extra certificate authorities for the endpoints (tests serve their own over HTTPS). */
  ca?: string[];
  timeoutMs?: number;
}

const MAX_BODY = 256;

/** One service's answer: a public IPv4 address, or why not. */
async function askOne(url: string, options: AddressLookupOptions, signal?: AbortSignal): Promise<string> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error('not an https:// address');
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(
      parsed,
      {
        method: 'GET',
        family: 4,
        timeout: options.timeoutMs ?? 5000,
        headers: { accept: 'text/plain', 'user-agent': 'Danlu' },
        ...(options.ca ? { ca: options.ca } : {}),
        signal,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`HTTP ${res.statusCode}`));
          return;
        }
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.length > MAX_BODY) req.destroy(new Error('answer too long'));
        });
        res.on('end', () => resolve(text));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in time')));
    req.on('error', reject);
    req.end();
  });
  const ip = body.trim();
  if (!isPublicIpv4(ip)) throw new Error(`answered "${ip.slice(0, 40)}", not a public IPv4 address`);
  return ip;
}

/**
 * Danlu's own look at the user's public address, before anything is opened to it: every
 * configured service is asked at once; at least two must answer and all answers must agree.
 * A range typed in Settings wins. Anything else is "unknown", and nothing gets opened.
 */
export function addressLookup(options: AddressLookupOptions): AddressSource {
  return typedFirst(options.typedCidr, async (signal) => {
    // "…/" and "…" are one service: two spellings of it must not pass for two that agree.
    const endpoints = distinctAddressServices(options.endpoints());
    const results = await Promise.allSettled(endpoints.map((url) => askOne(url, options, signal)));
    signal?.throwIfAborted();
    const answers = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ url: endpoints[i], ip: r.value }] : []));
    const failures = results.flatMap((r, i) =>
      r.status === 'rejected' ? [`${hostOf(endpoints[i])}: ${(r.reason as Error).message}`] : [],
    );
    const distinct = [...new Set(answers.map((a) => a.ip))];
    if (distinct.length > 1) {
      const said = answers.map((a) => `${a.ip} (${hostOf(a.url)})`).join(', ');
      throw unknown(msg('access.unknown.disagree', { said }));
    }
    if (answers.length < 2) {
      const detail = failures.length > 0 ? failures.join('; ') : { msg: msg('access.unknown.noService') };
      throw unknown(msg('access.unknown.tooFew', { detail }));
    }
    const ip = distinct[0] as string;
    return {
      cidr: `${ip}/32`,
      how: inBoth('access.how.agreed', { ip, count: answers.length }),
    };
  });
}

/** The range the user typed in Settings when there is one (it wins), else what `learn` finds. */
export function typedFirst(typedCidr: () => string | null, learn: AddressSource): AddressSource {
  return async (signal) => {
    const typed = typedCidr();
    if (!typed) return learn(signal);
    const check = checkSourceCidr(typed);
    if (!check.ok) throw unknown(msg('access.unknown.typedRefused', { reason: { msg: msg(`input.${check.reason}`) } }));
    return { cidr: check.cidr, how: inBoth('access.how.typed') };
  };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host;
  } catch {
    return String(url);
  }
}

function unknown(reason: Message): AppError {
  return new AppError(msg('access.addressUnknown', { reason: { msg: reason } }), { retryable: true });
}
