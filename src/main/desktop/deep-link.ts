import { APP_SCHEME } from './url-policy';

/** The flag a login item starts Danlu with: to the tray, without its window. */
export const HIDDEN_FLAG = '--hidden';

/** Pages a link may open, named by its host ("danlu://prices"). */
const PAGES = new Set(['prices', 'launch', 'session', 'notebook', 'resources', 'settings']);
/** Pages whose link may name one session ("danlu://session/<id>"). */
const WITH_ID = new Set(['session', 'notebook']);
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LINK = 2048;

/**
 * The window route a `danlu://` link opens: "danlu://session/<id>" → "#/session?id=<id>",
 * "danlu://settings" → "#/settings". A link names a page and at most one session; it never acts
 * (a link from a web page or a message cannot stop or release anything). Null: not a link
 * Danlu opens (another scheme, its own page origin danlu://app, an unknown page).
 */
export function routeOfLink(link: string): string | null {
  if (link.length > MAX_LINK) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  const page = url.hostname.toLowerCase();
  if (!PAGES.has(page)) return null;
  // Windows may append a slash to a link it hands over: "danlu://session/ses-1/".
  const parts = url.pathname.split('/').filter(Boolean);
  const id = parts.length === 1 ? safeDecode(parts[0] ?? '') : null;
  if (!WITH_ID.has(page) || !id || !ID.test(id)) return `#/${page}`;
  return page === 'session' ? sessionRoute(id) : `#/notebook?id=${encodeURIComponent(id)}`;
}

/** The session's page of the window, optionally with something to do there. */
export function sessionRoute(id: string, extra = ''): string {
  return `#/session?id=${encodeURIComponent(id)}${extra}`;
}

/** The link to a page of the window ("danlu://resources"), as notifications carry it. */
export function pageLink(page: string): string {
  return `${APP_SCHEME}://${page}`;
}

/** The link to a session's page, as notifications and messages carry it. */
export function sessionLink(id: string): string {
  return pageLink(`session/${encodeURIComponent(id)}`);
}

/** The first danlu:// link among a start's arguments (how Windows and Linux hand a link over). */
export function linkInArgs(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${APP_SCHEME}:`));
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
