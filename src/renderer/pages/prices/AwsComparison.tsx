import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/localized';
import type { PriceOffer } from '../../../shared/prices';
import { Id } from '../../components/Id';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { gib, usd, yuan } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { gpuLabel, shortGpu } from './gpu-label';
import { PriceFigure } from './PriceFigure';

/** Loads the AWS rows for this GPU; when AWS has no instance with it, the whole reference table. */
async function loadComparison(gpuModel: string) {
  const same = await danlu().prices.compareAws({ gpuModel });
  if (same.rows.length > 0) return { ...same, sameGpu: true };
  return { ...(await danlu().prices.compareAws({})), sameGpu: false };
}

/** The dated, static AWS EC2 reference beside this Alibaba offer, as the seed compared GN5 with p2.xlarge. */
export function AwsComparison({ offer }: { offer: PriceOffer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const aws = useLoad(() => loadComparison(offer.gpuModel), [offer.gpuModel]);
  const cny = (value: number) => yuan(value * (aws.data?.cnyPerUsd ?? 0), lang);
  if (aws.error) return <ErrorNote error={aws.error} />;
  if (!aws.data) return <p className="muted">{t('shell.common.loading')}</p>;
  const data = aws.data;
  return (
    <div data-testid="aws-comparison">
      <h3>{t('prices.aws.title', { gpu: shortGpu(offer.gpuModel) })}</h3>
      <p className="muted small-print" data-testid="aws-dated">
        {t('prices.aws.asOf', { date: data.asOf, region: localize(data.region, lang), rate: data.cnyPerUsd })}
      </p>
      {!data.sameGpu && <p className="hint">{t('prices.aws.noSameGpu', { gpu: shortGpu(offer.gpuModel) })}</p>}
      <div className="table-wrap">
        <table className="data compact aws-table">
          <thead>
            <tr>
              <th>{t('prices.aws.instance')}</th>
              <th>{t('prices.col.gpu')}</th>
              <th className="num wide-only">{t('prices.col.cpuRam')}</th>
              <th className="num">{t('prices.aws.onDemand')}</th>
              <th className="num">{t('prices.aws.spot')}</th>
              <th className="wide-only">{t('prices.aws.note')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="highlight">
              <td className="nowrap">
                <Id text={offer.instanceType} />
                <div className="sub">{t('prices.aws.alibaba')}</div>
              </td>
              <td className="nowrap">{gpuLabel(offer, lang)}</td>
              <td className="num wide-only">
                {offer.vcpu} vCPU · {gib(offer.memoryGiB, lang)}
              </td>
              <td className="num">
                <PriceFigure value={offer.originPrice} basis={offer.basis} />
              </td>
              <td className="num strong">
                <PriceFigure value={offer.spotPrice} basis={offer.basis} />
              </td>
              <td className="wide-only" />
            </tr>
            {data.rows.map((row) => (
              <tr key={row.instanceType} data-testid="aws-row">
                <td className="nowrap">
                  <Id text={row.instanceType} />
                  <div className="sub narrow-only">{localize(row.note, lang)}</div>
                </td>
                <td className="nowrap">{gpuLabel(row, lang)}</td>
                <td className="num wide-only">
                  {row.vcpu} vCPU · {gib(row.memoryGiB, lang)}
                </td>
                <td className="num">
                  {usd(row.onDemandUsd, lang)}
                  <div className="muted small-print">≈{cny(row.onDemandUsd)}</div>
                </td>
                <td className="num">
                  {usd(row.spotUsdLow, lang)}–{usd(row.spotUsdHigh, lang)}
                  <div className="muted small-print">
                    ≈{cny(row.spotUsdLow)}–{cny(row.spotUsdHigh)}
                  </div>
                </td>
                <td className="muted small-print wide-only">{localize(row.note, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="features">
        {data.features.map((feature) => (
          <li key={feature.en}>{localize(feature, lang)}</li>
        ))}
      </ul>
      <details className="sources">
        <summary>{t('prices.aws.sources')}</summary>
        <ul>
          {data.sources.map((source) => (
            <li key={source.url} className="small-print">
              {localize(source.what, lang)}
              <div className="mono" translate="no">
                {source.url}
              </div>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
