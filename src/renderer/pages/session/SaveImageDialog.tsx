import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_NAME } from '../../../shared/cloud-rules';
import type { SessionView } from '../../../shared/session';
import { plainInput } from '../../../shared/typed-input';
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
  // Typed with a Chinese input method, letters, digits and signs come full width: read them plain.
  const plain = plainInput(name);
  const valid = IMAGE_NAME.test(plain);
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
          <button type="button" className="primary" disabled={!valid} onClick={() => onSave(plain)}>
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
