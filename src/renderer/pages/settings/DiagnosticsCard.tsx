import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosticsExport, SelfCheckItem } from '../../../shared/contract';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';

const MARK: Record<SelfCheckItem['outcome'], string> = { ok: '✓', warning: '!', failed: '✗' };

/** One self-check result as a sentence. */
function checkKey(item: SelfCheckItem): string {
  if (item.id === 'cloud') return item.outcome === 'ok' ? (item.demo ? 'cloud.demo' : 'cloud.ok') : 'cloud.failed';
  if (item.id === 'clock') return item.skewSeconds === undefined ? 'clock.unknown' : `clock.${item.outcome}`;
  return item.outcome === 'ok' ? 'keychain.ok' : 'keychain.failed';
}

/** Export diagnostics (one zip, no secret in it) and Report a problem (a prefilled issue). */
export function DiagnosticsCard() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Extract<DiagnosticsExport, { saved: true }> | null>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const exportZip = async () => {
    setWorking(true);
    setError(null);
    try {
      const result = await danlu().diagnostics.export();
      setSaved(result.saved ? result : null);
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  };

  const report = async () => {
    setError(null);
    try {
      const { url } = await danlu().diagnostics.report();
      // The desktop app hands https links to the browser; in a browser this opens a tab.
      window.open(url, '_blank', 'noopener');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="card" data-testid="diagnostics-card">
      <h2>{t('settings.diagnostics.title')}</h2>
      <p className="muted small-print">{t('settings.diagnostics.intro')}</p>
      <div className="row">
        <button type="button" data-testid="diagnostics-export" disabled={working} onClick={() => void exportZip()}>
          {working ? t('settings.diagnostics.exporting') : t('settings.diagnostics.export')}
        </button>
        <button type="button" data-testid="diagnostics-report" onClick={() => void report()}>
          {t('settings.diagnostics.report')}
        </button>
      </div>
      <p className="muted small-print">{t('settings.diagnostics.reportHint')}</p>
      {saved && (
        <div role="status" data-testid="diagnostics-saved">
          <p className="ok-text">
            {t('settings.diagnostics.saved', {
              path: saved.path,
              size: Math.max(1, Math.round(saved.bytes / 1024)),
            })}
          </p>
          <ul className="self-check" data-testid="self-check">
            {saved.selfCheck.items.map((item) => (
              <li key={item.id} data-outcome={item.outcome} data-testid={`self-check-${item.id}`}>
                <span aria-hidden="true">{MARK[item.outcome]}</span>{' '}
                {t(`settings.check.${checkKey(item)}`, {
                  code: item.code ?? '',
                  ms: item.ms ?? 0,
                  skew: Math.abs(item.skewSeconds ?? 0),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
