import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../shared/errors';

/**
 * Shown under a refusal of the account's root AccessKey (the refusal above says why and what to
 * do instead): the key is taken only when the person ticks the box and asks again.
 */
export function RootKeyConfirm({ error, busy, onConfirm }: { error: unknown; busy: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  if (errorCode(error) !== 'credentials.rootKey') return null;
  return (
    <div className="root-key-confirm" data-testid="root-key-confirm">
      <label className="check">
        <input
          type="checkbox"
          data-testid="root-key-understood"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <span>{t('account.rootKey.confirm')}</span>
      </label>
      <button
        type="button"
        className="danger"
        data-testid="root-key-use"
        disabled={!understood || busy}
        onClick={onConfirm}
      >
        {t('account.rootKey.useAnyway')}
      </button>
    </div>
  );
}
