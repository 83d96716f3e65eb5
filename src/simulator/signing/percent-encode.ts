/** RFC 3986 encoding as both signature styles canonicalize it: unreserved kept, `*` → %2A, space → %20. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Plain code-unit order, as the signers sort names (so `Tag.10.Key` sorts before `Tag.2.Key`). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
