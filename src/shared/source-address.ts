import { ipv4ToNumber } from './address-range';
import type { Localized } from './localized';
import { plainInput } from './typed-input';
import { inBoth } from './words/message';

/**
 * Where the user reaches their instances from: the only source SSH and the notebook are opened
 * to. Pure functions shared by the settings schema (window and main) and the address lookup.
 */

/** HTTPS services that answer a caller's public IPv4 address as plain text. */
export const DEFAULT_ADDRESS_ENDPOINTS = [
  'https://4.ipw.cn',
  'https://api.ipify.org',
  'https://ipv4.icanhazip.com',
] as const;

/**
 * One address service, however it was written: scheme and host in lower case, no default port,
 * no trailing slash, no fragment ("https://API.ipify.org:443/" and "https://api.ipify.org" are
 * one service, and one service cannot agree with itself). Text that is no URL stays as it is.
 */
export function addressServiceKey(url: string): string {
  try {
    const u = new URL(url.trim());
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}

/** The services of a list, each once (the first spelling kept). */
export function distinctAddressServices(urls: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const url of urls) if (!seen.has(addressServiceKey(url))) seen.set(addressServiceKey(url), url);
  return [...seen.values()];
}

/** The widest range a user may open to: 65,536 addresses. Anything wider is too close to "everyone". */
export const WIDEST_PREFIX = 16;

function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Ranges that are never a person's public address (private, loopback, link-local, shared, multicast, reserved). */
const NOT_PUBLIC: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
];

function inRange(ip: number, base: string, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  const start = ipv4ToNumber(base) as number;
  return ip >= start && ip < start + size;
}

/** True for a well-formed IPv4 address that can be someone's public address. */
export function isPublicIpv4(text: string): boolean {
  const ip = ipv4ToNumber(text);
  return ip !== undefined && !NOT_PUBLIC.some(([base, prefix]) => inRange(ip, base, prefix));
}

/** Why a typed range is refused (its words are `input.<refusal>`, also the settings form's field hints). */
export type CidrRefusal = 'cidrShape' | 'cidrTooWide' | 'cidrNotPublic';

export type CidrCheck = { ok: true; cidr: string } | ({ ok: false; reason: CidrRefusal } & Localized);

const refuse = (reason: CidrRefusal): CidrCheck => ({ ok: false, reason, ...inBoth(`input.${reason}`) });

/**
 * Reads a range typed by the user ("203.0.113.7", "203.0.113.0/24"): IPv4 only, public, at most
 * /16 wide, never the whole internet; the address is brought to the network's first address.
 */
export function checkSourceCidr(text: string): CidrCheck {
  // Typed with a Chinese input method: "２０３．０．１１３．０／２４" is 203.0.113.0/24.
  const [address = '', prefixText, ...rest] = plainInput(text)
    .replace(/\s*\/\s*/g, '/')
    .split('/');
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  const ip = ipv4ToNumber(address);
  if (rest.length > 0 || ip === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    return refuse('cidrShape');
  }
  if (prefix < WIDEST_PREFIX) {
    return refuse('cidrTooWide');
  }
  if (!isPublicIpv4(address)) {
    return refuse('cidrNotPublic');
  }
  const size = 2 ** (32 - prefix);
  return { ok: true, cidr: `${numberToIpv4(Math.floor(ip / size) * size)}/${prefix}` };
}

/**
 * True for a rule source that opens a port to the whole internet: any range of prefix length 0
 * (IPv4 or IPv6, whatever address is written before it), or the unspecified address on its own.
 */
export function isWorldOpen(cidr: string | undefined): boolean {
  const [address = '', prefix, ...rest] = (cidr ?? '').trim().split('/');
  if (rest.length > 0) return false;
  if (prefix !== undefined) return prefix.trim() !== '' && Number(prefix) === 0;
  return address !== '' && /^[0.:]+$/.test(address);
}
