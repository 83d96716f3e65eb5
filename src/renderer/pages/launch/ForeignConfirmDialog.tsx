import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { Dialog } from '../../components/Dialog';

/**
 * The explicit yes a launch needs before it uses a disk, snapshot or image Danlu did not make:
 * the text is Danlu's own account of what will happen to each one.
 */
export function ForeignConfirmDialog({
  refusal,
  onConfirm,
  onClose,
}: {
  refusal: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('launch.foreign.title')}
      onClose={onClose}
      testId="foreign-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" data-testid="foreign-confirm" onClick={onConfirm}>
            {t('launch.foreign.confirm')}
          </button>
        </>
      }
    >
      <p>{errorText(refusal)}</p>
    </Dialog>
  );
}
