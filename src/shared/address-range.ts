/**
 * Address ranges as sets of addresses, so two spellings of one range compare equal: the cloud
 * may echo a rule's `198.51.100.7/32` as `198.51.100.7`, and an IPv6 range in any of its
 * compressed forms. Pure functions, shared by the window and main.
 */

/** Dotted quad without leading zeros (which some parsers read as octal). */
const IPV4 = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** A prefix length, without leading zeros. */
const PREFIX = /^(0|[1-9]\d{0,2})$/;

const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** An IPv4 address as a number, or undefined when the text is not one (leading zeros refused). */
export function ipv4ToNumber(text: string): number | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/** The eight 16-bit groups of an IPv6 address (with `::` and an IPv4 tail), or undefined. */
function ipv6Groups(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  if (body.includes('.')) {
    const cut = body.lastIndexOf(':');
    const v4 = cut < 0 ? undefined : ipv4ToNumber(body.slice(cut + 1));
    if (v4 === undefined) return undefined;
    tail.push(Math.floor(v4 / 65_536), v4 % 65_536);
    body = body.slice(0, cut + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const left = split(halves[0] ?? '');
  const right = halves.length === 2 ? split(halves[1] ?? '') : [];
  if (![...left, ...right].every((g) => HEX_GROUP.test(g))) return undefined;
  const given = left.length + right.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const hex = (g: string) => Number.parseInt(g, 16);
  return [...left.map(hex), ...new Array<number>(8 - given).fill(0), ...right.map(hex), ...tail];
}

interface Range {
  family: 4 | 6;
  /** The first address of the range (host bits cleared). */
  network: bigint;
  prefix: number;
}

/** A range as written in a rule ("198.51.100.7", "198.51.100.0/24", "2001:db8::/32"), or undefined. */
function parseRange(text: string): Range | undefined {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0) return undefined;
  const v4 = ipv4ToNumber(address);
  const v6 = v4 === undefined ? ipv6Groups(address) : undefined;
  if (v4 === undefined && v6 === undefined) return undefined;
  const bits = v4 === undefined ? 128 : 32;
  if (prefixText !== undefined && !PREFIX.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  const value = v4 === undefined ? (v6 as number[]).reduce((n, g) => (n << 16n) | BigInt(g), 0n) : BigInt(v4 as number);
  const host = BigInt(bits - prefix);
  return { family: v4 === undefined ? 6 : 4, network: (value >> host) << host, prefix };
}

/**
 * True when two rule sources name the same addresses: a single address and its /32 (or /128),
 * any spelling of an IPv6 range, a range written from any of its addresses. A text that is not
 * an address range only equals itself.
 */
export function sameRange(a: string | undefined, b: string | undefined): boolean {
  const x = parseRange(a ?? '');
  const y = parseRange(b ?? '');
  if (!x || !y) return (a ?? '').trim() === (b ?? '').trim() && (a ?? '').trim() !== '';
  return x.family === y.family && x.prefix === y.prefix && x.network === y.network;
}

/** True when two ranges share an address (one holds the other). A text that is not a range overlaps nothing. */
export function rangesOverlap(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  if (!x || !y || x.family !== y.family) return false;
  const bits = x.family === 4 ? 32 : 128;
  const shift = BigInt(bits - Math.min(x.prefix, y.prefix));
  return x.network >> shift === y.network >> shift;
}
