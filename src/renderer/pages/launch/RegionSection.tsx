import { useTranslation } from 'react-i18next';
import type { PriceRegion } from '../../../shared/contract/prices';
import { localize } from '../../../shared/localized';
import type { PriceOffer } from '../../../shared/prices';
import { regionGroup } from '../../../shared/regions';
import { priceText } from '../prices/PriceFigure';
import { FieldError, type SectionProps } from './form-parts';
import { typesIn, zonesIn } from './use-launch-data';

/** Region, and zone or "the cheapest zone with stock". */
export function RegionSection(props: SectionProps & { regions: PriceRegion[]; offers: PriceOffer[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { form, set, regions, offers } = props;
  const cheapest = (regionId: string) => typesIn(offers, regionId, '')[0]?.offer;
  const sold = regions.filter((r) => cheapest(r.regionId) !== undefined);
  const option = (r: PriceRegion) => {
    const from = cheapest(r.regionId);
    return (
      <option key={r.regionId} value={r.regionId}>
        {localize(r.name, lang)} · {r.regionId}
        {from ? ` · ${t('launch.fromPrice', { price: priceText(from.spotPrice, from.priceExact, lang) })}` : ''}
      </option>
    );
  };
  const changeRegion = (regionId: string) => {
    // Types not sold in the new region are dropped; the cheapest one there is offered instead.
    const there = new Set(typesIn(offers, regionId, '').map((c) => c.offer.instanceType));
    const kept = form.instanceTypes.filter((type) => there.has(type));
    const first = typesIn(offers, regionId, '')[0]?.offer.instanceType;
    set({
      regionId,
      zoneId: '',
      instanceTypes: kept.length > 0 ? kept : first ? [first] : [],
      diskId: '',
      snapshotId: '',
      imageId: '',
    });
  };
  return (
    <fieldset className="card">
      <legend>{t('launch.where')}</legend>
      <div className="row">
        <label className="field wide">
          <span>{t('launch.region')}</span>
          <select data-testid="launch-region" value={form.regionId} onChange={(e) => changeRegion(e.target.value)}>
            {!form.regionId && <option value="">{t('launch.pickRegion')}</option>}
            <optgroup label={t('prices.filters.groupOverseas')}>
              {sold.filter((r) => r.group === 'overseas').map(option)}
            </optgroup>
            <optgroup label={t('prices.filters.groupMainland')}>
              {sold.filter((r) => r.group === 'mainland').map(option)}
            </optgroup>
          </select>
          <FieldError field="region" props={props} />
        </label>
        <label className="field medium">
          <span>{t('launch.zone')}</span>
          <select data-testid="launch-zone" value={form.zoneId} onChange={(e) => set({ zoneId: e.target.value })}>
            <option value="">{t('launch.cheapestZone')}</option>
            {zonesIn(offers, form.regionId).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>
      {form.regionId && regionGroup(form.regionId) === 'mainland' && (
        <p className="hint" data-testid="launch-mainland-hint">
          {t('prices.mainlandHint')}
        </p>
      )}
    </fieldset>
  );
}
