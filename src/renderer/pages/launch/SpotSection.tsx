import { useTranslation } from 'react-i18next';
import type { PriceOffer } from '../../../shared/prices';
import { priceText } from '../prices/PriceFigure';
import { FieldError, type SectionProps } from './form-parts';

/** The spot bid: follow the market (capped at pay-as-you-go) or a limit, with today's prices beside it. */
export function SpotSection(props: SectionProps & { first: PriceOffer | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { form, set, first } = props;
  const limit = Number(form.priceLimit);
  const belowMarket = form.spotStrategy === 'SpotWithPriceLimit' && first && limit > 0 && limit < first.spotPrice;
  return (
    <fieldset className="card">
      <legend>{t('launch.bid')}</legend>
      {first && (
        <p className="prices-now" data-testid="bid-prices" data-exact={first.priceExact}>
          {t('launch.pricesNow', {
            type: first.instanceType,
            spot: priceText(first.spotPrice, first.priceExact, lang),
            payg: priceText(first.originPrice, first.priceExact, lang),
          })}
          {!first.priceExact && (
            <small className="muted" data-testid="estimate">
              {' '}
              {t('launch.priceNotExact')}
            </small>
          )}
        </p>
      )}
      <label className="radio">
        <input
          type="radio"
          name="spot"
          data-testid="bid-market"
          checked={form.spotStrategy === 'SpotAsPriceGo'}
          onChange={() => set({ spotStrategy: 'SpotAsPriceGo' })}
        />
        <span>
          <strong>{t('launch.bidMarket')}</strong>
          <small className="muted">{t('launch.bidMarketHint')}</small>
        </span>
      </label>
      <label className="radio">
        <input
          type="radio"
          name="spot"
          data-testid="bid-limit"
          checked={form.spotStrategy === 'SpotWithPriceLimit'}
          onChange={() =>
            set({
              spotStrategy: 'SpotWithPriceLimit',
              priceLimit: form.priceLimit || (first ? String(first.originPrice) : ''),
            })
          }
        />
        <span>
          <strong>{t('launch.bidLimit')}</strong>
          <small className="muted">{t('launch.bidLimitHint')}</small>
        </span>
      </label>
      {form.spotStrategy === 'SpotWithPriceLimit' && (
        <label className="field indent">
          <span>{t('launch.limit')}</span>
          <input
            data-testid="bid-limit-value"
            inputMode="decimal"
            value={form.priceLimit}
            onChange={(e) => set({ priceLimit: e.target.value })}
          />
          <FieldError field="priceLimit" props={{ ...props, showErrors: true }} />
          {belowMarket && <small className="field-warning">{t('launch.limitBelowMarket')}</small>}
        </label>
      )}
    </fieldset>
  );
}
