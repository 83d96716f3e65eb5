import { useTranslation } from 'react-i18next';
import { CopyButton } from '../components/CopyButton';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';
import { useLoad } from '../lib/use-load';

/** The least-privilege RAM policy for Danlu's RAM user, to paste into the RAM console. */
export function RamPolicy() {
  const { t } = useTranslation();
  const policy = useLoad(() => danlu().credentials.ramPolicy(), []);
  return (
    <div className="ram-policy" data-testid="ram-policy">
      <p className="small-print">{t('account.credentials.ramIntro')}</p>
      <ErrorNote error={policy.error} />
      {policy.data && (
        <>
          <div className="policy-actions">
            <CopyButton text={policy.data} label={t('account.credentials.copyPolicy')} testId="copy-policy" />
          </div>
          <pre className="policy" data-testid="ram-policy-json">
            {policy.data}
          </pre>
        </>
      )}
    </div>
  );
}
