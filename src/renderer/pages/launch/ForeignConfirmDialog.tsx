import { useTranslation } from 'react-i18next';
import { errorInfoOf } from '../../../shared/errors';
import { localize } from '../../../shared/localized';
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
  const { t, i18n } = useTranslation();
  return (
    <ConfirmDialog
      title={t('launch.foreign.title')}
      confirmLabel={t('launch.foreign.confirm')}
      testId="foreign-dialog"
      confirmTestId="foreign-confirm"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{localize(errorInfoOf(refusal).text, i18n.language)}</p>
    </ConfirmDialog>
  );
}
