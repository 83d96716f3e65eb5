import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnedResource } from '../../../shared/resources';
import { ConfirmDialog } from '../../components/Dialog';
import { yuan } from '../../lib/format';

/**
 * Confirms deleting one of Danlu's resources, saying what is lost and what is saved; what
 * another install made is deleted only once its id is typed.
 */
export function DeleteDialog({
  resource,
  onDelete,
  onClose,
}: {
  resource: OwnedResource;
  onDelete(confirm?: string): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const kind = t(`resources.kind.${resource.kind}`);
  const other = resource.otherInstall;
  return (
    <ConfirmDialog
      title={t('resources.confirmTitle', { kind, id: resource.id })}
      confirmLabel={resource.imageId ? t('resources.deleteWithImage') : t('resources.delete')}
      testId="delete-dialog"
      confirmTestId="delete-confirm"
      onConfirm={() => onDelete(other ? typed.trim() : undefined)}
      onClose={onClose}
      enabled={!other || typed.trim() === resource.id}
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
      {other && (
        <label className="field">
          <span className="field-error">
            {t('resources.confirmOtherInstall', { kind, install: other, id: resource.id })}
          </span>
          <input
            data-testid="delete-confirm-id"
            className="mono"
            value={typed}
            placeholder={resource.id}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
      )}
    </ConfirmDialog>
  );
}
