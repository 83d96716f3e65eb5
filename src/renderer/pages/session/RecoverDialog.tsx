import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session';
import { ConfirmDialog } from '../../components/Dialog';
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
    <ConfirmDialog
      title={t('session.recover.title', { name: session.name })}
      confirmLabel={t('session.recover.confirm')}
      testId="recover-dialog"
      confirmTestId="recover-confirm"
      onConfirm={() => onRecover(afterMove)}
      onClose={onClose}
    >
      <p>{t('session.recover.intro', { diskId, zoneId: session.diskZoneId ?? session.zoneId ?? '—' })}</p>
      <AfterMoveChoice diskId={diskId} value={afterMove} onChange={setAfterMove} monthly={diskMonthly} />
    </ConfirmDialog>
  );
}
