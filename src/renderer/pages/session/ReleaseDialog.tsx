import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { CancelOrConfirm, Dialog } from '../../components/Dialog';
import { yuan } from '../../lib/format';

export interface ReleaseDialogProps {
  session: SessionView;
  /** What keeping the data disk costs a month, when known. */
  diskMonthly: number | undefined;
  onRelease(choice: { snapshot: boolean; keepDisk: boolean }): void;
  onClose(): void;
}

/** Asks what becomes of the data disk before the instance is released, and what each choice costs. */
export function ReleaseDialog({ session, diskMonthly, onRelease, onClose }: ReleaseDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [snapshot, setSnapshot] = useState(true);
  const [keepDisk, setKeepDisk] = useState(false);
  const hasDisk = Boolean(session.resources.diskId);
  return (
    <Dialog
      title={t('session.release.title', { name: session.name })}
      onClose={onClose}
      testId="release-dialog"
      actions={
        <CancelOrConfirm
          label={t('session.release.confirm')}
          testId="release-confirm"
          onConfirm={() => onRelease({ snapshot: hasDisk && snapshot, keepDisk: hasDisk && keepDisk })}
          onCancel={onClose}
        />
      }
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
          {!snapshot && !keepDisk && (
            <p className="field-error" role="alert" data-testid="release-data-lost">
              {t('session.release.dataLost')}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('session.release.noDisk')}</p>
      )}
    </Dialog>
  );
}
