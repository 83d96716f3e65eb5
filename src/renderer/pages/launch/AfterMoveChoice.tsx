import { useTranslation } from 'react-i18next';
import { yuan } from '../../lib/format';

export type AfterMove = 'delete' | 'keep';

/**
 * What becomes of the user's disk if it has to be copied to another zone, once the new session is
 * ready: asked on the Launch page and when recovering, the default shown and chosen.
 */
export function AfterMoveChoice({
  diskId,
  value,
  onChange,
  monthly,
}: {
  diskId: string;
  value: AfterMove;
  onChange(value: AfterMove): void;
  /** What keeping the original costs a month, when known. */
  monthly?: number;
}) {
  const { t, i18n } = useTranslation();
  const option = (choice: AfterMove, hint: string) => (
    <label className="radio">
      <input
        type="radio"
        name="after-move"
        data-testid={`after-move-${choice}`}
        checked={value === choice}
        onChange={() => onChange(choice)}
      />
      <span>
        <strong>{t(`launch.afterMove.${choice}`)}</strong>
        <small className="muted">{hint}</small>
      </span>
    </label>
  );
  return (
    <fieldset className="after-move" data-testid="after-move" data-choice={value}>
      <legend>{t('launch.afterMove.title')}</legend>
      <p className="muted small-print">{t('launch.afterMove.intro', { diskId })}</p>
      {option('delete', t('launch.afterMove.deleteHint'))}
      {option(
        'keep',
        monthly !== undefined
          ? t('launch.afterMove.keepCost', { cost: yuan(monthly, i18n.language, 2) })
          : t('launch.afterMove.keepHint'),
      )}
      <p className="muted small-print">{t('launch.afterMove.yours')}</p>
    </fieldset>
  );
}
