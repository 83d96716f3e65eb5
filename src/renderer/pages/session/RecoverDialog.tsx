import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { CancelOrConfirm, Dialog } from '../../components/Dialog';
import { type AfterMove, AfterMoveChoice } from '../launch/AfterMoveChoice';

/** Asks, before recovering a reclaimed session, what becomes of its disk if it must move to another zone. */
export function RecoverDialog({
  session,
  diskMonthly,
  onRecover,
  onClose,
}: {
  session: SessionView;
  diskMonthly: number | undefined;
  onRecover(afterMove: AfterMove): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [afterMove, setAfterMove] = useState<AfterMove>('delete');
  const diskId = session.resources.diskId ?? '—';
  return (
    <Dialog
      title={t('session.recover.title', { name: session.name })}
      onClose={onClose}
      testId="recover-dialog"
      actions={
        <CancelOrConfirm
          label={t('session.recover.confirm')}
          testId="recover-confirm"
          onConfirm={() => onRecover(afterMove)}
          onCancel={onClose}
        />
      }
    >
      <p>{t('session.recover.intro', { diskId, zoneId: session.diskZoneId ?? session.zoneId ?? '—' })}</p>
      <AfterMoveChoice diskId={diskId} value={afterMove} onChange={setAfterMove} monthly={diskMonthly} />
    </Dialog>
  );
}
