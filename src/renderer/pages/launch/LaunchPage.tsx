import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../shared/errors';
import type { PageParams } from '../../app/routes';
import type { Go } from '../../app/use-page';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { PageHeader } from '../PageHeader';
import { priceText } from '../prices/PriceFigure';
import { DiskSection } from './DiskSection';
import { ForeignConfirmDialog } from './ForeignConfirmDialog';
import { ImageSection } from './ImageSection';
import { formFromPlan, initialLaunchForm, type LaunchForm, readLaunchForm } from './launch-form';
import { NotebookSection } from './NotebookSection';
import { RegionSection } from './RegionSection';
import { SpotSection } from './SpotSection';
import { TypeSection } from './TypeSection';
import { typesIn, usable, useDefaultOffer, useLastPlan, useOffers, useOwned } from './use-launch-data';

export function LaunchPage({ params, go }: { params: PageParams; go: Go }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [edited, setForm] = useState<LaunchForm | null>(null);
  const offers = useOffers(edited?.regionId ?? params.region);
  const lastPlan = useLastPlan();
  const fallback = useDefaultOffer(offers.result?.offers);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A launch refused until the user confirms using their own disk, snapshot or image.
  const [foreign, setForeign] = useState<{ refusal: unknown; target: LaunchForm } | null>(null);

  // A link may name a region the cloud does not have: say so and start from the default instead.
  const unknownRegion =
    params.region !== undefined &&
    offers.result !== undefined &&
    !offers.result.regions.some((r) => r.regionId === params.region);
  const carried = params.region !== undefined && !unknownRegion;
  // Until the person edits, the form starts from what "Launch this" carried, else the cheapest overseas offer.
  const form: LaunchForm = edited ?? {
    ...initialLaunchForm,
    regionId: carried ? (params.region as string) : (fallback?.regionId ?? ''),
    zoneId: carried ? (params.zone ?? '') : '',
    instanceTypes: carried && params.type ? [params.type] : fallback ? [fallback.instanceType] : [],
  };
  const set = (patch: Partial<LaunchForm>) => setForm({ ...form, ...patch });
  const read = useMemo(() => readLaunchForm(form), [form]);
  const errors = read.ok ? {} : read.errors;

  const wantsOwned = form.diskKind !== 'new' || form.imageKind === 'custom';
  const owned = useOwned(wantsOwned);
  const list = (kind: 'disk' | 'snapshot' | 'image') => ({
    items: usable(owned.data, kind, form.regionId),
    loading: owned.loading,
    error: owned.error,
  });

  const allOffers = offers.result?.offers ?? [];
  const first = form.instanceTypes[0];
  const firstOffer = typesIn(allOffers, form.regionId, form.zoneId).find((c) => c.offer.instanceType === first)?.offer;

  const launch = async (target: LaunchForm, confirmed = false) => {
    setShowErrors(true);
    const result = readLaunchForm(target);
    if (!result.ok) return;
    setBusy(true);
    setError(null);
    const { plan } = result;
    const brought = [
      plan.disk.kind === 'existing' ? plan.disk.diskId : undefined,
      plan.disk.kind === 'snapshot' ? plan.disk.snapshotId : undefined,
      plan.image.kind === 'custom' ? plan.image.imageId : undefined,
    ].filter((id): id is string => id !== undefined);
    try {
      const session = await danlu().sessions.launch({
        plan,
        notebookPassword: result.password,
        confirmForeign: confirmed ? brought : [],
      });
      go('session', { id: session.id });
    } catch (e) {
      if (!confirmed && errorCode(e) === 'launch.confirmForeign') setForeign({ refusal: e, target });
      else setError(e);
      setBusy(false);
    }
  };

  const launchLast = () => {
    if (!lastPlan.data) return;
    const next = formFromPlan(lastPlan.data, form);
    setForm(next);
    void launch(next);
  };
  const sectionProps = { form, set, errors, showErrors };

  return (
    <section data-testid="page-launch">
      <PageHeader title={t('pages.launch.title')} intro={t('pages.launch.intro')} />
      {lastPlan.data && (
        <div className="card last-plan" data-testid="last-plan">
          <div>
            <strong>{t('launch.lastPlan')}</strong>
            <div className="muted small-print">
              {t('launch.lastPlanSummary', {
                name: lastPlan.data.name,
                type: lastPlan.data.instanceTypes.join(', '),
                region: lastPlan.data.regionId,
              })}
            </div>
          </div>
          <button type="button" data-testid="launch-last" disabled={busy} onClick={launchLast}>
            {t('launch.launchLast')}
          </button>
        </div>
      )}
      {unknownRegion && (
        <div className="warning-note" role="alert" data-testid="unknown-region">
          {t('launch.unknownRegion', { region: params.region })}
        </div>
      )}
      <ErrorNote error={offers.error} onRetry={offers.refresh} />
      {!offers.result && !offers.error && <p className="muted">{t('common.loading')}</p>}
      {offers.result && (
        <form
          className="launch-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void launch(form);
          }}
        >
          <RegionSection {...sectionProps} regions={offers.result.regions} offers={allOffers} />
          <TypeSection {...sectionProps} offers={allOffers} />
          <SpotSection {...sectionProps} first={firstOffer} />
          <DiskSection {...sectionProps} disks={list('disk')} snapshots={list('snapshot')} />
          <ImageSection {...sectionProps} images={list('image')} />
          <NotebookSection {...sectionProps} />
          <div className="card launch-footer">
            <p className="precondition" data-testid="precondition">
              {t('launch.precondition')}
            </p>
            {firstOffer && (
              <p className="muted" data-testid="launch-estimate">
                {t('launch.estimate', {
                  price: priceText(firstOffer.spotPrice, firstOffer.priceExact, lang),
                  type: firstOffer.instanceType,
                })}
              </p>
            )}
            {showErrors && !read.ok && (
              <p className="field-error" role="alert" data-testid="launch-invalid">
                {t('launch.fixFields')}
              </p>
            )}
            <ErrorNote error={error} />
            <button type="submit" className="primary large" data-testid="launch-submit" disabled={busy}>
              {busy ? t('launch.launching') : t('launch.submit')}
            </button>
          </div>
        </form>
      )}
      {foreign && (
        <ForeignConfirmDialog
          refusal={foreign.refusal}
          onClose={() => setForeign(null)}
          onConfirm={() => {
            setForeign(null);
            void launch(foreign.target, true);
          }}
        />
      )}
    </section>
  );
}
