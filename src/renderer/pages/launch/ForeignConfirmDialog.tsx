import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { ConfirmDialog } from '../../components/Dialog';

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
    <ConfirmDialog
      title={t('launch.foreign.title')}
      confirmLabel={t('launch.foreign.confirm')}
      testId="foreign-dialog"
      confirmTestId="foreign-confirm"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{errorText(refusal)}</p>
    </ConfirmDialog>
  );
}
