/** The scheme and host the app's own pages are served from (see app/renderer-protocol.ts). */
export const APP_SCHEME = 'danlu';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/**
 * A link that may be handed to the system browser: https:, or http: to a port forwarded to this
 * computer's loopback (a forward listens on 127.0.0.1 only); never with credentials in it.
 */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    const forwarded = parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' && parsed.port !== '';
    return (parsed.protocol === 'https:' || forwarded) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** True when `url` is on exactly `origin` (scheme, host and port). */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(origin);
    return a.protocol === b.protocol && a.host === b.host;
  } catch {
    return false;
  }
}
