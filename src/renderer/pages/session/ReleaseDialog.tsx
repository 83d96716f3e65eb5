import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrunePreview } from '../../../shared/contract/sessions';
import type { SessionView } from '../../../shared/session';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNote } from '../../lib/ErrorNote';
import { dateTime, gib, yuan } from '../../lib/format';
import type { Loaded } from '../../lib/use-load';

/** The prune preview as loaded (undefined until it answers). */
export type PruneAnswer = Pick<Loaded<PrunePreview | undefined>, 'data' | 'error'>;

export interface ReleaseDialogProps {
  session: SessionView;
  /** What keeping the data disk costs a month, when known. */
  diskMonthly: number | undefined;
  /** The older snapshots of this disk a release with a snapshot deletes, read from the cloud. */
  prune: PruneAnswer;
  onRelease(choice: { snapshot: boolean; keepDisk: boolean }): void;
  onClose(): void;
}

/** Asks what becomes of the data disk before the instance is released, and what each choice costs. */
export function ReleaseDialog({ session, diskMonthly, prune, onRelease, onClose }: ReleaseDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [snapshot, setSnapshot] = useState(true);
  const [keepDisk, setKeepDisk] = useState(false);
  const hasDisk = Boolean(session.resources.diskId);
  return (
    <ConfirmDialog
      title={t('session.release.title', { name: session.name })}
      confirmLabel={t('session.release.confirm')}
      testId="release-dialog"
      confirmTestId="release-confirm"
      onConfirm={() => onRelease({ snapshot: hasDisk && snapshot, keepDisk: hasDisk && keepDisk })}
      onClose={onClose}
    >
      <p>{t('session.release.intro')}</p>
      {hasDisk ? (
        <>
          <label className="radio">
            <input
              type="checkbox"
              data-testid="release-snapshot"
              checked={snapshot}
              onChange={(e) => setSnapshot(e.target.checked)}
            />
            <span>
              <strong>{t('session.release.snapshot')}</strong>
              <small className="muted">{t('session.release.snapshotHint')}</small>
            </span>
          </label>
          <label className="radio">
            <input
              type="checkbox"
              data-testid="release-keep-disk"
              checked={keepDisk}
              onChange={(e) => setKeepDisk(e.target.checked)}
            />
            <span>
              <strong>{t('session.release.keepDisk')}</strong>
              <small className="muted">
                {diskMonthly !== undefined
                  ? t('session.release.keepDiskCost', { cost: yuan(diskMonthly, lang, 2) })
                  : t('session.release.keepDiskHint')}
              </small>
            </span>
          </label>
          {snapshot && <PruneList prune={prune} lang={lang} />}
          {!snapshot && !keepDisk && (
            <p className="field-error" role="alert" data-testid="release-data-lost">
              {t('session.release.dataLost')}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('session.release.noDisk')}</p>
      )}
    </ConfirmDialog>
  );
}

/** What the release's snapshot step will prune: named, so nothing is deleted that the user did not see. */
function PruneList({ prune, lang }: { prune: PruneAnswer; lang: string }) {
  const { t } = useTranslation();
  if (prune.error) return <ErrorNote error={prune.error} />;
  if (!prune.data) return <p className="muted small-print">{t('session.release.pruneLoading')}</p>;
  const { keep, snapshots } = prune.data;
  return (
    <div className="prune-list" data-testid="release-prune" data-count={snapshots.length}>
      {snapshots.length === 0 ? (
        <p className="muted small-print">{t('session.release.pruneNone', { keep })}</p>
      ) : (
        <>
          <p className="small-print">{t('session.release.pruneTitle', { keep })}</p>
          <ul>
            {snapshots.map((s) => (
              <li key={s.snapshotId} data-testid="release-prune-item" data-snapshot={s.snapshotId}>
                <span className="mono">{s.snapshotId}</span> {s.name} · {gib(s.sizeGiB, lang)}
                {s.createdAt ? ` · ${dateTime(s.createdAt, lang)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
