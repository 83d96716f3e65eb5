import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { OwnedResource } from '../../../shared/resources';
import type { OperationView } from '../../../shared/session';
import { Badge, type Tone } from '../../components/Badge';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { dateTime, gib, yuan } from '../../lib/format';
import { useDanluEvent } from '../../lib/use-event';
import { useLoad } from '../../lib/use-load';
import { PageHeader } from '../PageHeader';
import { OperationPanel } from '../session/OperationPanel';
import { DeleteDialog } from './DeleteDialog';

const useTones: Record<OwnedResource['use'], Tone> = { 'in-use': 'ok', kept: 'info', orphan: 'warn' };

export function ResourcesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [allRegions, setAllRegions] = useState(false);
  const listed = useLoad(() => danlu().resources.reconcile({ allRegions }), [allRegions]);
  // The check region by region, as the cloud answers (it takes a while with every region).
  const [progress, setProgress] = useState<OperationView>();
  useDanluEvent('resources.progress', setProgress);
  const [target, setTarget] = useState<OwnedResource | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const result = listed.data;

  const remove = async (r: OwnedResource) => {
    setTarget(null);
    setDeleting(r.id);
    setError(null);
    try {
      const withImage = r.imageId ? { withImage: true } : {};
      listed.set(await danlu().resources.delete({ regionId: r.regionId, kind: r.kind, id: r.id, ...withImage }));
    } catch (e) {
      setError(e);
    } finally {
      setDeleting(null);
    }
  };

  const orphans = result?.resources.filter((r) => r.use === 'orphan') ?? [];
  const monthly = result?.resources.reduce((sum, r) => sum + r.monthlyCost, 0) ?? 0;

  return (
    <section data-testid="page-resources">
      <PageHeader title={t('shell.pages.resources.title')} intro={t('shell.pages.resources.intro')} />
      <div className="card toolbar">
        <label className="check">
          <input
            type="checkbox"
            data-testid="all-regions"
            checked={allRegions}
            onChange={(e) => setAllRegions(e.target.checked)}
          />
          <span>{t('resources.allRegions')}</span>
        </label>
        <button type="button" data-testid="reconcile" disabled={listed.loading} onClick={() => void listed.reload()}>
          {listed.loading ? t('resources.checking') : t('resources.checkAgain')}
        </button>
        {result && (
          <span className="muted" data-testid="resources-summary">
            {t('resources.summary', {
              count: result.resources.length,
              regions: result.regions.length,
              monthly: yuan(monthly, lang, 2),
            })}
          </span>
        )}
      </div>
      {listed.loading && progress && (
        <div className="card">
          <OperationPanel operation={progress} />
        </div>
      )}
      <ErrorNote error={listed.error ?? error} onRetry={() => void listed.reload()} />
      {result && orphans.length > 0 && (
        <div className="warning-note" data-testid="orphan-total">
          {t('resources.orphans', { count: orphans.length, monthly: yuan(result.orphanMonthlyCost, lang, 2) })}
        </div>
      )}
      {result && result.resumed.length > 0 && (
        <p className="hint">{t('resources.resumed', { count: result.resumed.length })}</p>
      )}
      {result && result.failedRegions.length > 0 && (
        <div className="warning-note" data-testid="resources-failed">
          <strong>{t('prices.failedRegions', { count: result.failedRegions.length })}</strong>
          <ul>
            {result.failedRegions.map((f) => (
              <li key={f.regionId}>
                <span className="mono">{f.regionId}</span>: {localize(f.error.text, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.resources.length === 0 && (
        <div className="empty" data-testid="no-resources">
          <strong>{t('resources.none')}</strong>
          <p>{allRegions ? t('resources.noneAll') : t('resources.noneJournal')}</p>
        </div>
      )}
      {result && result.resources.length > 0 && (
        <div className="table-wrap">
          <table className="data" data-testid="resource-table">
            <thead>
              <tr>
                <th>{t('resources.col.kind')}</th>
                <th>{t('resources.col.id')}</th>
                <th className="wide-only">{t('prices.col.region')}</th>
                <th className="num">{t('resources.col.size')}</th>
                <th>{t('resources.col.status')}</th>
                <th>{t('resources.col.use')}</th>
                <th className="num">{t('resources.col.monthly')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {result.resources.map((r) => (
                <tr
                  key={`${r.regionId}/${r.kind}/${r.id}`}
                  data-testid="resource-row"
                  data-kind={r.kind}
                  data-use={r.use}
                >
                  <td className="word">{t(`resources.kind.${r.kind}`)}</td>
                  <td>
                    <div className="mono">{r.id}</div>
                    <div className="muted small-print">
                      {r.name}
                      {r.createdAt && (
                        <>
                          {' · '}
                          <span className="nowrap">{dateTime(r.createdAt, lang)}</span>
                        </>
                      )}
                    </div>
                    {/* In a narrow window the region goes under the id, so no column is cut. */}
                    <div className="sub narrow-only mono">{r.regionId}</div>
                  </td>
                  <td className="mono wide-only">{r.regionId}</td>
                  <td className="num">{r.sizeGiB !== undefined ? gib(r.sizeGiB, lang) : '—'}</td>
                  <td className="word" data-status={r.status}>
                    {t(`resources.status.${r.status}`, { defaultValue: r.status })}
                  </td>
                  <td>
                    <Badge
                      tone={useTones[r.use]}
                      title={
                        r.imageId ? t('resources.imageHint', { imageId: r.imageId }) : t(`resources.useHint.${r.use}`)
                      }
                    >
                      {t(`resources.use.${r.use}`)}
                    </Badge>
                    {r.imageId && (
                      <div className="muted small-print mono image-of" data-testid="resource-image">
                        {r.imageId}
                      </div>
                    )}
                  </td>
                  <td className="num">
                    {yuan(r.monthlyCost, lang, 2)}
                    {r.kind === 'instance' && r.hourlyCost > 0 && (
                      <div className="muted small-print" data-testid="resource-hourly">
                        {t('resources.perHour', { hourly: yuan(r.hourlyCost, lang, 3) })}
                      </div>
                    )}
                  </td>
                  <td className="row-actions">
                    {r.use !== 'in-use' && (
                      <button
                        type="button"
                        className="small danger"
                        data-testid="resource-delete"
                        disabled={deleting !== null}
                        onClick={() => setTarget(r)}
                      >
                        {deleting === r.id ? t('resources.deleting') : t('resources.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {target && (
        <DeleteDialog resource={target} onClose={() => setTarget(null)} onDelete={() => void remove(target)} />
      )}
    </section>
  );
}
