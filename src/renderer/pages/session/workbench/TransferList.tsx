import { useTranslation } from 'react-i18next';
import type { TransferView } from '../../../../shared/files';
import { ProgressBar } from '../../../components/ProgressBar';
import { danlu } from '../../../lib/danlu';
import { ErrorNote } from '../../../lib/ErrorNote';
import { bytes, duration } from '../../../lib/format';

/** Transfers with their progress (bytes, rate, time left), Cancel while running and Resume once cut. */
export function TransferList({ transfers, onChanged }: { transfers: TransferView[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (transfers.length === 0) return null;
  const resume = (x: TransferView) =>
    (x.direction === 'upload'
      ? danlu().files.upload({ sessionId: x.sessionId, localPaths: x.sources, remoteDir: x.target })
      : danlu().files.download({ sessionId: x.sessionId, remotePaths: x.sources, localDir: x.target })
    ).then(onChanged, onChanged);
  return (
    <ul className="transfer-list" data-testid="transfers">
      {transfers.slice(0, 8).map((x) => (
        <li key={x.id} className="transfer" data-testid="transfer" data-state={x.state}>
          <div className="connect-row">
            <strong>{t(`files.direction.${x.direction}`)}</strong>
            <code className="transfer-what">
              {x.sources.map((s) => s.split(/[\\/]/).pop()).join(', ')} → {x.target}
            </code>
            <span className="muted small-print">{t(`files.state.${x.state}`)}</span>
            {x.state === 'running' && (
              <button
                type="button"
                className="small"
                data-testid="transfer-cancel"
                onClick={() => void danlu().files.cancel({ id: x.id }).then(onChanged)}
              >
                {t('files.cancel')}
              </button>
            )}
            {['interrupted', 'cancelled', 'failed'].includes(x.state) && (
              <button type="button" className="small" data-testid="transfer-resume" onClick={() => void resume(x)}>
                {t('files.resume')}
              </button>
            )}
          </div>
          <ProgressBar
            value={x.bytes === 0 ? 1 : x.bytesDone / x.bytes}
            label={t('files.transfers')}
            testId="transfer-progress"
          />
          <p className="muted small-print" data-testid="transfer-figures">
            {t('files.progress', {
              done: bytes(x.bytesDone, lang),
              total: bytes(x.bytes, lang),
              files: `${x.filesDone}/${x.files}`,
            })}
            {x.state === 'running' && x.rate !== undefined && (
              <>
                {' · '}
                {t('files.rate', {
                  rate: bytes(x.rate, lang),
                  left: x.secondsLeft === undefined ? '—' : duration(x.secondsLeft * 1000, lang),
                })}
              </>
            )}
            {x.bytesSkipped > 0 && <> · {t('files.skipped', { bytes: bytes(x.bytesSkipped, lang) })}</>}
          </p>
          {x.error && <ErrorNote error={x.error} />}
        </li>
      ))}
    </ul>
  );
}
