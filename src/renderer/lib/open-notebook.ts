import { danlu } from './danlu';

/**
 * Opens a session's notebook: the desktop app shows it in its own window that trusts exactly the
 * pinned certificate; in a browser (development bridge) it opens in a new tab instead. Returns
 * the URL, or null when it was not opened because demo mode has no machine behind it.
 */
export async function openNotebook(id: string, demo: boolean): Promise<string | null> {
  const answer = await danlu().notebook.open({ id });
  if (answer.opened) return answer.url;
  // Demo addresses are made up and may belong to someone else: never browse to them.
  if (demo) return null;
  window.open(answer.url, '_blank', 'noopener,noreferrer');
  return answer.url;
}
