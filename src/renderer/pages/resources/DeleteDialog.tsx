import { useTranslation } from 'react-i18next';
import type { OwnedResource } from '../../../shared/resources';
import { ConfirmDialog } from '../../components/Dialog';
import { yuan } from '../../lib/format';

/** Confirms deleting one of Danlu's resources, saying what is lost and what is saved. */
export function DeleteDialog({
  resource,
  onDelete,
  onClose,
}: {
  resource: OwnedResource;
  onDelete(): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const kind = t(`resources.kind.${resource.kind}`);
  return (
    <ConfirmDialog
      title={t('resources.confirmTitle', { kind, id: resource.id })}
      confirmLabel={resource.imageId ? t('resources.deleteWithImage') : t('resources.delete')}
      testId="delete-dialog"
      confirmTestId="delete-confirm"
      onConfirm={onDelete}
      onClose={onClose}
    >
      <p>{t('resources.confirmBody', { kind, id: resource.id, region: resource.regionId })}</p>
      {resource.imageId && (
        <p className="field-error" data-testid="delete-with-image">
          {t('resources.confirmWithImage', { imageId: resource.imageId })}
        </p>
      )}
      {resource.monthlyCost > 0 && (
        <p className="muted">
          {t('resources.confirmSaves', { monthly: yuan(resource.monthlyCost, i18n.language, 2) })}
        </p>
      )}
      {['disk', 'snapshot', 'image'].includes(resource.kind) && (
        <p className="field-error">{t('resources.confirmDataLoss')}</p>
      )}
    </ConfirmDialog>
  );
}
