import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_NAME } from '../../../shared/cloud-rules';
import type { SessionView } from '../../../shared/session';
import { Dialog } from '../../components/Dialog';

/** Names the system image made from a stopped, bootstrapped session, for faster launches later. */
export function SaveImageDialog({
  session,
  onSave,
  onClose,
}: {
  session: SessionView;
  onSave(imageName: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(`danlu-${session.name}-${session.createdAt.slice(0, 10).replaceAll('-', '')}`);
  const valid = IMAGE_NAME.test(name);
  return (
    <Dialog
      title={t('session.image.title')}
      onClose={onClose}
      testId="image-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('shell.common.cancel')}
          </button>
          <button type="button" className="primary" disabled={!valid} onClick={() => onSave(name)}>
            {t('session.image.save')}
          </button>
        </>
      }
    >
      <p>{t('session.image.intro')}</p>
      <label className="field">
        <span>{t('session.image.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="image-name" />
        {!valid && (
          <small className="field-error" role="alert">
            {t('session.image.nameRule')}
          </small>
        )}
      </label>
    </Dialog>
  );
}
