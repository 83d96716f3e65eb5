import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceOffer } from '../../../shared/prices';
import { offerKey } from './gpu-label';
import { OfferDetail } from './OfferDetail';
import { PriceRow } from './PriceRow';

const PAGE = 100;
const COLUMNS = 8;

export interface PriceTableProps {
  offers: PriceOffer[];
  /** The cloud's time of the answer, to age prices read a while ago. */
  answerAt: string;
  /** Set once the first row is surely the best: what the badge on it says. */
  best: 'price' | 'pricePerGpuGiB' | null;
  onLaunch(offer: PriceOffer): void;
}

/** One row per (region, zone, type) sold as spot, in the order the scan sorted them. */
export function PriceTable({ offers, answerAt, best, onLaunch }: PriceTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  return (
    <div className="table-wrap">
      <table className="data prices-table" data-testid="price-table">
        <thead>
          <tr>
            <th>{t('prices.col.region')}</th>
            <th>{t('prices.col.type')}</th>
            <th>{t('prices.col.gpu')}</th>
            <th className="num">{t('prices.col.spot')}</th>
            <th className="num wide-only">{t('prices.col.payg')}</th>
            <th className="num wide-only">{t('prices.col.perGpuGiB')}</th>
            <th>{t('prices.col.availability')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {offers.slice(0, shown).flatMap((offer, index) => {
            const key = offerKey(offer);
            const isOpen = open === key;
            // Flat keyed rows (no fragments), so a row that moves in the order moves on screen too.
            const rows = [
              <PriceRow
                key={key}
                offer={offer}
                answerAt={answerAt}
                best={index === 0 ? best : null}
                open={isOpen}
                onToggle={() => setOpen(isOpen ? null : key)}
                onLaunch={() => onLaunch(offer)}
              />,
            ];
            if (isOpen) {
              rows.push(
                <tr key={`${key}/detail`} className="detail-row">
                  <td colSpan={COLUMNS}>
                    <OfferDetail offer={offer} />
                  </td>
                </tr>,
              );
            }
            return rows;
          })}
        </tbody>
      </table>
      {offers.length > shown && (
        <div className="table-more">
          <button type="button" onClick={() => setShown(shown + PAGE)} data-testid="show-more">
            {t('prices.showMore', { more: Math.min(PAGE, offers.length - shown), shown, total: offers.length })}
          </button>
        </div>
      )}
    </div>
  );
}
