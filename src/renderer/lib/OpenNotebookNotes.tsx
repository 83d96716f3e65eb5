import { useTranslation } from 'react-i18next';
import { ErrorNote } from './ErrorNote';
import type { NotebookOpening } from './open-notebook';

/** Why the notebook did not open: demo mode, or the error main returned. */
export function OpenNotebookNotes({ opening }: { opening: NotebookOpening }) {
  const { t } = useTranslation();
  return (
    <>
      {opening.demoNote && (
        <p className="hint" data-testid="notebook-demo-note">
          {t('notebook.demoNote')}
        </p>
      )}
      <ErrorNote error={opening.error} />
    </>
  );
}
