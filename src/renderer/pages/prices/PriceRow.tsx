import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { PriceOffer } from '../../../shared/prices';
import { Badge } from '../../components/Badge';
import { Id } from '../../components/Id';
import { gib, percent, yuan } from '../../lib/format';
import { gpuLabel } from './gpu-label';
import { basisAge, PriceFigure, useBasisText } from './PriceFigure';
import { StockBadge } from './StockBadge';

export interface PriceRowProps {
  offer: PriceOffer;
  /** The cloud's time of the answer, to age prices read a while ago. */
  answerAt: string;
  /** On the first row once it is surely the best: what its badge says. */
  best: 'price' | 'pricePerGpuGiB' | null;
  open: boolean;
  onToggle(): void;
  onLaunch(): void;
}

/** One offer: where, what GPU, its prices (marked when not the cloud's current ones), stock and actions. */
export function PriceRow({ offer, answerAt, best, open, onToggle, onLaunch }: PriceRowProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const basisText = useBasisText();
  const age = basisAge(offer.basis, answerAt);
  const about = offer.priceExact ? '' : '≈';
  return (
    <tr
      data-testid="price-row"
      data-region={offer.regionId}
      data-zone={offer.zoneId}
      data-type={offer.instanceType}
      data-exact={offer.priceExact}
      className={open ? 'open' : undefined}
    >
      <td>
        <div data-testid="region-name">{localize(offer.regionName, lang)}</div>
        <div className="sub">
          <Id text={offer.zoneId} />
          {offer.regionGroup === 'mainland' && (
            <Badge tone="muted" title={t('prices.mainlandHint')}>
              {t('prices.mainland')}
            </Badge>
          )}
        </div>
      </td>
      <td>
        <Id text={offer.instanceType} />
        <div className="sub">
          {offer.vcpu} vCPU · {gib(offer.memoryGiB, lang)}
        </div>
      </td>
      <td className="nowrap" data-testid="gpu" data-model={offer.gpuModel} title={offer.gpuModel}>
        {gpuLabel(offer, lang)}
      </td>
      <td className="num" data-testid="spot-price" data-value={offer.spotPrice}>
        {best && (
          <Badge tone="ok" testId="best-badge" title={t(`prices.best.${best}Hint`)}>
            {t(`prices.best.${best}`)}
          </Badge>
        )}
        <div className="strong">
          <PriceFigure value={offer.spotPrice} basis={offer.basis} ageMs={age} />
        </div>
        <div className="sub" title={t('prices.col.saving')}>
          {about}
          {t('prices.saving', { percent: percent(1 - offer.ratio, lang) })}
        </div>
        {!offer.priceExact && (
          <div className="sub" data-testid="basis">
            {basisText.short(offer.basis, age)}
          </div>
        )}
        <div className="sub narrow-only">{t('prices.paygShort', { price: yuan(offer.originPrice, lang) })}</div>
      </td>
      <td className="num muted wide-only">
        <PriceFigure value={offer.originPrice} basis={offer.basis} ageMs={age} />
      </td>
      <td className="num muted wide-only" data-testid="per-gpu-gib" data-value={offer.pricePerGpuGiB}>
        {about}
        {yuan(offer.pricePerGpuGiB, lang, 4)}
      </td>
      <td className="nowrap">
        <StockBadge stock={offer.stock} />
        <div className="sub" title={t('prices.interruptionHint')}>
          {t('prices.interruption', { band: offer.interruptionRate ?? t('prices.unknown') })}
        </div>
      </td>
      <td>
        <div className="stacked-actions">
          <button type="button" className="small" data-testid="open-history" aria-expanded={open} onClick={onToggle}>
            {open ? t('prices.hide') : t('prices.details')}
          </button>
          <button
            type="button"
            className="small primary"
            data-testid="launch-this"
            title={offer.priceExact ? undefined : t('prices.launchEstimate')}
            onClick={onLaunch}
          >
            {t('prices.launchThis')}
          </button>
        </div>
      </td>
    </tr>
  );
}
