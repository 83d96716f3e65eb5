import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { PriceOffer } from '../../../shared/prices';
import { Badge } from '../../components/Badge';
import { gib, percent, yuan } from '../../lib/format';
import { gpuLabel, offerKey } from './gpu-label';
import { OfferDetail } from './OfferDetail';
import { StockBadge } from './StockBadge';

const PAGE = 100;

export interface PriceTableProps {
  offers: PriceOffer[];
  onLaunch(offer: PriceOffer): void;
}

/** One row per (region, zone, type) sold as spot, in the order the scan sorted them. */
export function PriceTable({ offers, onLaunch }: PriceTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const columns = 8;
  return (
    <div className="table-wrap">
      <table className="data prices-table" data-testid="price-table">
        <thead>
          <tr>
            <th>{t('prices.col.region')}</th>
            <th>{t('prices.col.type')}</th>
            <th>{t('prices.col.gpu')}</th>
            <th className="num">{t('prices.col.spot')}</th>
            <th className="num">{t('prices.col.payg')}</th>
            <th className="num">{t('prices.col.perGpuGiB')}</th>
            <th>{t('prices.col.availability')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {offers.slice(0, shown).map((offer) => {
            const key = offerKey(offer);
            const isOpen = open === key;
            return (
              <Fragment key={key}>
                <tr
                  data-testid="price-row"
                  data-region={offer.regionId}
                  data-zone={offer.zoneId}
                  data-type={offer.instanceType}
                  className={isOpen ? 'open' : undefined}
                >
                  <td>
                    <div data-testid="region-name">{localize(offer.regionName, lang)}</div>
                    <div className="sub">
                      <span className="mono">{offer.zoneId}</span>
                      {offer.regionGroup === 'mainland' && (
                        <Badge tone="muted" title={t('prices.mainlandHint')}>
                          {t('prices.mainland')}
                        </Badge>
                      )}
                    </div>
                  </td>
                  <td className="nowrap">
                    <div className="mono">{offer.instanceType}</div>
                    <div className="sub">
                      {offer.vcpu} vCPU · {gib(offer.memoryGiB, lang)}
                    </div>
                  </td>
                  <td className="nowrap" data-testid="gpu" data-model={offer.gpuModel} title={offer.gpuModel}>
                    {gpuLabel(offer, lang)}
                  </td>
                  <td className="num" data-testid="spot-price" data-value={offer.spotPrice}>
                    <div className="strong">
                      {offer.priceExact ? (
                        yuan(offer.spotPrice, lang)
                      ) : (
                        <abbr title={t('prices.estimateHint')} data-testid="estimate">
                          ≈{yuan(offer.spotPrice, lang)}
                        </abbr>
                      )}
                    </div>
                    <div className="sub" title={t('prices.col.saving')}>
                      {t('prices.saving', { percent: percent(1 - offer.ratio, lang) })}
                    </div>
                  </td>
                  <td className="num muted">{yuan(offer.originPrice, lang)}</td>
                  <td className="num muted" data-testid="per-gpu-gib" data-value={offer.pricePerGpuGiB}>
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
                      <button
                        type="button"
                        className="small"
                        data-testid="open-history"
                        aria-expanded={isOpen}
                        onClick={() => setOpen(isOpen ? null : key)}
                      >
                        {isOpen ? t('prices.hide') : t('prices.details')}
                      </button>
                      <button
                        type="button"
                        className="small primary"
                        data-testid="launch-this"
                        onClick={() => onLaunch(offer)}
                      >
                        {t('prices.launchThis')}
                      </button>
                    </div>
                  </td>
                </tr>
                {isOpen && (
                  <tr className="detail-row">
                    <td colSpan={columns}>
                      <OfferDetail offer={offer} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {offers.length > shown && (
        <div className="table-more">
          <button type="button" onClick={() => setShown(shown + PAGE)} data-testid="show-more">
            {t('prices.showMore', { shown: shown, total: offers.length })}
          </button>
        </div>
      )}
    </div>
  );
}
