import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceOffer } from '../../../shared/prices';
import { Id } from '../../components/Id';
import { gib } from '../../lib/format';
import { gpuLabel } from '../prices/gpu-label';
import { PriceFigure } from '../prices/PriceFigure';
import { StockBadge } from '../prices/StockBadge';
import { FieldError, type SectionProps } from './form-parts';
import { moveType } from './launch-form';
import { type TypeChoice, typesIn } from './use-launch-data';

const FEW = 8;

/** GPU types in order of preference: the first with stock is launched, the next ones are the fallback. */
export function TypeSection(props: SectionProps & { offers: PriceOffer[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { form, set, offers } = props;
  const choices = typesIn(offers, form.regionId, form.zoneId);
  const byType = new Map(choices.map((c) => [c.offer.instanceType, c]));
  const chosen = form.instanceTypes;
  const rows: Array<{ type: string; choice: TypeChoice | undefined }> = [
    ...chosen.map((type) => ({ type, choice: byType.get(type) })),
    ...choices
      .filter((c) => !chosen.includes(c.offer.instanceType))
      .map((c) => ({ type: c.offer.instanceType, choice: c })),
  ];
  const [all, setAll] = useState(false);
  // The cheapest few are what most people pick from; the rest stay one click away.
  const shown = all ? rows : rows.slice(0, Math.max(FEW, chosen.length));
  const toggle = (type: string) =>
    set({ instanceTypes: chosen.includes(type) ? chosen.filter((x) => x !== type) : [...chosen, type].slice(0, 5) });

  return (
    <fieldset className="card">
      <legend>{t('launch.gpuTypes')}</legend>
      <p className="muted small-print">{t('launch.gpuTypesHint')}</p>
      <FieldError field="types" props={props} />
      {rows.length === 0 ? (
        <p className="muted">{form.regionId ? t('launch.noTypes') : t('launch.pickRegionFirst')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data compact type-table" data-testid="type-table">
            <thead>
              <tr>
                <th>{t('launch.use')}</th>
                <th>{t('prices.col.type')}</th>
                <th>{t('prices.col.gpu')}</th>
                <th className="num wide-only">{t('prices.col.cpuRam')}</th>
                <th className="num">{form.zoneId ? t('launch.spotInZone') : t('launch.spotCheapestZone')}</th>
                <th className="num wide-only">{t('prices.col.payg')}</th>
                <th>{t('prices.col.stock')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map(({ type, choice }) => {
                const position = chosen.indexOf(type);
                const offer = choice?.offer;
                return (
                  <tr
                    key={type}
                    data-testid="type-row"
                    data-type={type}
                    className={position >= 0 ? 'chosen' : undefined}
                  >
                    <td>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={position >= 0}
                          onChange={() => toggle(type)}
                          data-testid="type-use"
                          aria-label={type}
                        />
                        {position >= 0 && <span className="order">{t('launch.order', { n: position + 1 })}</span>}
                      </label>
                    </td>
                    <td>
                      <Id text={type} />
                      {offer && (
                        <div className="sub narrow-only">
                          {offer.vcpu} vCPU · {gib(offer.memoryGiB, lang)}
                        </div>
                      )}
                    </td>
                    <td>{offer ? gpuLabel(offer, lang) : '—'}</td>
                    <td className="num wide-only">
                      {offer ? `${offer.vcpu} vCPU · ${gib(offer.memoryGiB, lang)}` : '—'}
                    </td>
                    <td className="num strong">
                      {offer ? (
                        <span title={t('launch.inZone', { zone: offer.zoneId })}>
                          <PriceFigure value={offer.spotPrice} basis={offer.basis} />
                        </span>
                      ) : (
                        <span className="muted">{t('launch.notSoldHere')}</span>
                      )}
                    </td>
                    <td className="num muted wide-only">
                      {offer ? <PriceFigure value={offer.originPrice} basis={offer.basis} /> : '—'}
                    </td>
                    <td>{offer && <StockBadge stock={offer.stock} />}</td>
                    <td className="row-actions">
                      {position >= 0 && (
                        <>
                          <button
                            type="button"
                            className="small icon"
                            disabled={position === 0}
                            aria-label={t('launch.moveUp')}
                            title={t('launch.moveUp')}
                            onClick={() => set({ instanceTypes: moveType(chosen, type, -1) })}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            className="small icon"
                            disabled={position === chosen.length - 1}
                            aria-label={t('launch.moveDown')}
                            title={t('launch.moveDown')}
                            onClick={() => set({ instanceTypes: moveType(chosen, type, 1) })}
                          >
                            ↓
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length > FEW && (
            <div className="table-more">
              <button type="button" className="small" data-testid="types-all" onClick={() => setAll(!all)}>
                {all ? t('launch.fewerTypes') : t('launch.allTypes', { count: rows.length })}
              </button>
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
