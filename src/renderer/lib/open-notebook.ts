import { useState } from 'react';
import { danlu } from './danlu';

type Outcome = 'opened' | 'demo' | 'notOpened';

/**
 * Opens a session's notebook: the desktop app shows it in its own window that trusts exactly the
 * pinned certificate; only over the development bridge, which has no such window, does it open in
 * a new tab. The desktop app never falls back to the browser, which would not check the pin.
 */
async function openNotebook(id: string, demo: boolean): Promise<Outcome> {
  const answer = await danlu().notebook.open({ id });
  if (answer.opened) return 'opened';
  // Demo addresses are made up and may belong to someone else: never browse to them.
  if (demo) return 'demo';
  if (!answer.browser) return 'notOpened';
  window.open(answer.url, '_blank', 'noopener,noreferrer');
  return 'opened';
}

/** What an "Open notebook" button did: nothing yet, opened, not opened (demo, or not yet), or an error. */
export interface NotebookOpening {
  open(): void;
  /** Demo mode has no machine behind the notebook, so nothing was opened. */
  demoNote: boolean;
  /** The desktop app could not show its notebook window this time (it may still be starting): try again. */
  notOpened: boolean;
  error: unknown;
}

/** The behaviour of every "Open notebook" button; show its outcome with <OpenNotebookNotes>. */
export function useOpenNotebook(id: string, demo: boolean): NotebookOpening {
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const open = () => {
    setError(null);
    setOutcome(null);
    openNotebook(id, demo).then(setOutcome).catch(setError);
  };
  return { open, demoNote: outcome === 'demo', notOpened: outcome === 'notOpened', error };
}
