import { useTranslation } from 'react-i18next';
import type { PriceBasis } from '../../../shared/prices';
import { duration, yuan } from '../../lib/format';

/** Where a figure comes from, in words, when it is not the cloud's current price. */
export function useBasisText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return {
    /** The whole story, for a tooltip. */
    long(basis: PriceBasis, ageMs: number | undefined): string {
      if (basis.kind === 'exact') return t('prices.basis.exact');
      if (basis.kind === 'earlier') {
        return ageMs === undefined
          ? t('prices.basis.earlierSometime')
          : t('prices.basis.earlier', { age: duration(ageMs, lang) });
      }
      const from =
        basis.averageDiscount === null
          ? t('prices.basis.typical')
          : t('prices.basis.advice', { percent: basis.averageDiscount });
      return basis.payg === 'modelled' ? `${from} ${t('prices.basis.paygModelled')}` : from;
    },
    /** A few words under the figure. */
    short(basis: PriceBasis, ageMs: number): string {
      if (basis.kind === 'exact') return '';
      if (basis.kind === 'earlier') return t('prices.basis.earlierShort', { age: duration(ageMs, lang) });
      return basis.averageDiscount === null
        ? t('prices.basis.typicalShort')
        : t('prices.basis.adviceShort', { percent: basis.averageDiscount });
    },
  };
}

/** A price as text: "¥1.234", or "≈¥1.234" when it is not the cloud's current price. */
export function priceText(value: number, exact: boolean, lang: string): string {
  return `${exact ? '' : '≈'}${yuan(value, lang)}`;
}

/** How long ago `basis` was read, measured on the cloud's clock of the answer that carried it. */
export function basisAge(basis: PriceBasis, answerAt: string | undefined): number {
  if (basis.kind === 'estimate' || !answerAt) return 0;
  return Math.max(0, Date.parse(answerAt) - Date.parse(basis.checkedAt));
}

/**
 * A price in yuan: as it is when it is the cloud's current price, otherwise marked "≈" with
 * where it comes from (an estimate and its band, or a price read a while ago) on hover.
 */
export function PriceFigure({
  value,
  basis,
  ageMs,
  digits,
}: {
  value: number;
  basis: PriceBasis;
  /** How long ago an earlier price was read, when known. */
  ageMs?: number;
  digits?: number;
}) {
  const { i18n } = useTranslation();
  const text = useBasisText();
  const figure = yuan(value, i18n.language, digits);
  if (basis.kind === 'exact') return <span data-testid="exact-price">{figure}</span>;
  return (
    <abbr className="estimate" title={text.long(basis, ageMs)} data-testid="estimate" data-basis={basis.kind}>
      ≈{figure}
    </abbr>
  );
}
