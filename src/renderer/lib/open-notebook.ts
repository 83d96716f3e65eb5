import { useState } from 'react';
import { danlu } from './danlu';

/**
 * Opens a session's notebook: the desktop app shows it in its own window that trusts exactly the
 * pinned certificate; in a browser (development bridge) it opens in a new tab instead. Returns
 * the URL, or null when it was not opened because demo mode has no machine behind it.
 */
async function openNotebook(id: string, demo: boolean): Promise<string | null> {
  const answer = await danlu().notebook.open({ id });
  if (answer.opened) return answer.url;
  // Demo addresses are made up and may belong to someone else: never browse to them.
  if (demo) return null;
  window.open(answer.url, '_blank', 'noopener,noreferrer');
  return answer.url;
}

/** What an "Open notebook" button did: nothing yet, opened, not opened in demo mode, or an error. */
export interface NotebookOpening {
  open(): void;
  /** Demo mode has no machine behind the notebook, so nothing was opened. */
  demoNote: boolean;
  error: unknown;
}

/** The behaviour of every "Open notebook" button; show its outcome with <OpenNotebookNotes>. */
export function useOpenNotebook(id: string, demo: boolean): NotebookOpening {
  const [error, setError] = useState<unknown>(null);
  const [demoNote, setDemoNote] = useState(false);
  const open = () => {
    setError(null);
    openNotebook(id, demo)
      .then((url) => setDemoNote(url === null))
      .catch(setError);
  };
  return { open, demoNote, error };
}
