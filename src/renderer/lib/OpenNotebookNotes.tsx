import { useTranslation } from 'react-i18next';
import { ErrorNote } from './ErrorNote';
import type { NotebookOpening } from './open-notebook';

/** Why the notebook did not open: demo mode, a window that could not open yet (with a retry), or the error main returned. */
export function OpenNotebookNotes({ opening }: { opening: NotebookOpening }) {
  const { t } = useTranslation();
  return (
    <>
      {opening.demoNote && (
        <p className="hint" data-testid="notebook-demo-note">
          {t('notebook.demoNote')}
        </p>
      )}
      {opening.notOpened && (
        <p className="hint" data-testid="notebook-not-opened">
          {t('notebook.notOpened')}{' '}
          <button type="button" className="small" onClick={opening.open} data-testid="notebook-retry">
            {t('notebook.retry')}
          </button>
        </p>
      )}
      <ErrorNote error={opening.error} />
    </>
  );
}
