import { useTranslation } from 'react-i18next';
import type { PlanInput } from '../../../shared/session';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { yuan } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import type { SectionProps } from './form-parts';

/** What the quote needs of the form: where, and which GPU. */
function quotePlan(form: SectionProps['form']): PlanInput | undefined {
  const gpuType = form.instanceTypes[0];
  if (!form.regionId || !gpuType) return undefined;
  return {
    regionId: form.regionId,
    zoneId: form.zoneId || null,
    instanceTypes: [gpuType],
    spot: { strategy: 'SpotAsPriceGo' },
    disk: { kind: 'new', sizeGiB: 20 },
    image: { kind: 'ubuntu' },
  };
}

/**
 * "Set up first on a CPU" (off by default): what it does, and what it saves an hour from the
 * cloud's current spot prices of both types in the GPU's zone; without those prices, no figure.
 */
export function CpuSetupSection(props: SectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { form, set } = props;
  const plan = form.setupOnCpu ? quotePlan(form) : undefined;
  const quote = useLoad(
    () => (plan ? danlu().sessions.cpuSetupQuote({ plan }) : Promise.resolve(undefined)),
    [form.setupOnCpu, form.regionId, form.zoneId, form.instanceTypes[0]],
  );
  const q = quote.data;
  return (
    <fieldset className="card">
      <legend>{t('launch.cpuSetup.title')}</legend>
      <label className="check">
        <input
          type="checkbox"
          data-testid="setup-on-cpu"
          checked={form.setupOnCpu}
          onChange={(e) => set({ setupOnCpu: e.target.checked })}
        />{' '}
        {t('launch.cpuSetup.label')}
      </label>
      <p className="muted small-print">{t('launch.cpuSetup.hint')}</p>
      {form.setupOnCpu && quote.loading && !q && <p className="muted">{t('shell.common.loading')}</p>}
      {form.setupOnCpu && !quote.loading && q && (
        <p data-testid="cpu-setup-saving" data-value={q.savingPerHour}>
          {t('launch.cpuSetup.saving', {
            saving: yuan(q.savingPerHour, lang),
            cpuType: q.cpuType,
            cpuPrice: yuan(q.cpuSpotPrice, lang),
            gpuType: q.gpuType,
            gpuPrice: yuan(q.gpuSpotPrice, lang),
            zone: q.zoneId,
          })}
        </p>
      )}
      {form.setupOnCpu && !quote.loading && q === null && (
        <p className="muted" data-testid="cpu-setup-no-quote">
          {t('launch.cpuSetup.noQuote')}
        </p>
      )}
      {form.setupOnCpu && <ErrorNote error={quote.error} onRetry={quote.reload} />}
    </fieldset>
  );
}
