import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../shared/errors';
import { useAppInfo } from '../../app/app-info';
import type { PageParams } from '../../app/routes';
import type { Go } from '../../app/use-page';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { useFocusInvalid } from '../../lib/focus-invalid';
import { yuan } from '../../lib/format';
import { PageHeader } from '../PageHeader';
import { priceText } from '../prices/PriceFigure';
import { BillingElsewhere } from './BillingElsewhere';
import { CpuSetupSection } from './CpuSetupSection';
import { DiskSection } from './DiskSection';
import { ForeignConfirmDialog } from './ForeignConfirmDialog';
import { firstOffer, homeRegionGroup, startingForm } from './first-choice';
import { ImageSection } from './ImageSection';
import { LastPlanCard } from './LastPlanCard';
import { hourlyCost } from './launch-cost';
import { formFromPlan, type LaunchForm, readLaunchForm } from './launch-form';
import { NotebookSection } from './NotebookSection';
import { RegionSection } from './RegionSection';
import { SpotSection } from './SpotSection';
import { TypeSection } from './TypeSection';
import { typesIn, usable, useLastPlan, useOffers, useOwned } from './use-launch-data';

export function LaunchPage({ params, go }: { params: PageParams; go: Go }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { locale } = useAppInfo();
  const [edited, setForm] = useState<LaunchForm | null>(null);
  const offers = useOffers(edited?.regionId ?? params.region);
  // "Launch again" from a session (?from=<id>) brings that session's plan; otherwise the last that worked.
  const lastPlan = useLastPlan(params.from);
  const home = useMemo(() => homeRegionGroup(locale, Intl.DateTimeFormat().resolvedOptions().timeZone), [locale]);
  const first = useMemo(() => firstOffer(offers.result?.offers ?? [], home), [offers.result, home]);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A launch refused until the user confirms using their own disk, snapshot or image.
  const [foreign, setForeign] = useState<{ refusal: unknown; target: LaunchForm } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const focusInvalid = useFocusInvalid(formRef, submitRef);

  // A link may name a region the cloud does not have: say so and start from the default instead.
  const unknownRegion =
    params.region !== undefined &&
    offers.result !== undefined &&
    !offers.result.regions.some((r) => r.regionId === params.region);
  const carried =
    params.region !== undefined && !unknownRegion
      ? { regionId: params.region, zoneId: params.zone, instanceType: params.type }
      : undefined;
  // Until the person edits: what "Launch this" carried, else their last choices, else the first offer.
  const form: LaunchForm = edited ?? startingForm({ carried, lastPlan: lastPlan.data, first });
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
  const firstType = form.instanceTypes[0];
  const firstTypeOffer = typesIn(allOffers, form.regionId, form.zoneId).find(
    (c) => c.offer.instanceType === firstType,
  )?.offer;

  const launch = async (target: LaunchForm, confirmed = false) => {
    setShowErrors(true);
    const result = readLaunchForm(target);
    if (!result.ok) {
      focusInvalid();
      return;
    }
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
      else {
        setError(e);
        focusInvalid();
      }
      setBusy(false);
    }
  };

  // "Launch last plan": the plan and the work it left come back; only the password is asked for.
  const [askedLast, setAskedLast] = useState(false);
  const focusPassword = useRef(false);
  const launchLast = () => {
    if (!lastPlan.data) return;
    const next = formFromPlan(lastPlan.data, form);
    setForm(next);
    const ready = readLaunchForm(next);
    if (ready.ok) {
      void launch(next);
      return;
    }
    setShowErrors(false);
    setAskedLast(true);
    focusPassword.current = true;
  };
  // Once the filled-in form is on screen (its region's offers may load first), the password field takes the focus.
  useEffect(() => {
    const field = document.querySelector<HTMLInputElement>('[data-testid="password"]');
    if (focusPassword.current && field) {
      focusPassword.current = false;
      field.focus();
    }
  });
  // The tray's "Launch last plan" (?last=1) and a session's "Launch again" (?from=<id>) fill the form at once.
  const fromElsewhere = useRef(params.last === '1' || params.from !== undefined);
  useEffect(() => {
    if (fromElsewhere.current && lastPlan.data && offers.result) {
      fromElsewhere.current = false;
      launchLast();
    }
  });
  const sectionProps = { form, set, errors, showErrors };
  const cost = hourlyCost(form, firstTypeOffer, owned.data);

  return (
    <section data-testid="page-launch">
      <PageHeader title={t('shell.pages.launch.title')} intro={t('shell.pages.launch.intro')} />
      <BillingElsewhere go={go} />
      {lastPlan.data && (
        <LastPlanCard
          plan={lastPlan.data}
          again={params.from !== undefined}
          asked={askedLast}
          busy={busy}
          onLaunch={launchLast}
        />
      )}
      {unknownRegion && (
        <div className="warning-note" role="alert" data-testid="unknown-region">
          {t('launch.unknownRegion', { region: params.region })}
        </div>
      )}
      <ErrorNote error={offers.error} onRetry={offers.refresh} />
      {!offers.result && !offers.error && <p className="muted">{t('shell.common.loading')}</p>}
      {offers.result && (
        <form
          ref={formRef}
          className="launch-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void launch(form);
          }}
        >
          <RegionSection {...sectionProps} regions={offers.result.regions} offers={allOffers} />
          <TypeSection {...sectionProps} offers={allOffers} />
          <SpotSection {...sectionProps} first={firstTypeOffer} />
          <DiskSection {...sectionProps} disks={list('disk')} snapshots={list('snapshot')} />
          <ImageSection {...sectionProps} images={list('image')} />
          <CpuSetupSection {...sectionProps} />
          <NotebookSection {...sectionProps} />
          <div className="card launch-footer">
            <p className="precondition" data-testid="precondition">
              {t('launch.precondition')}
            </p>
            {firstTypeOffer && cost && (
              <p data-testid="launch-estimate" data-value={cost.total}>
                <strong>{t('launch.costTotal', { total: `≈${yuan(cost.total, lang)}` })}</strong>{' '}
                <span className="muted">
                  {t('launch.costParts', {
                    compute: priceText(cost.compute, cost.computeExact, lang),
                    type: firstTypeOffer.instanceType,
                    disks: `≈${yuan(cost.disks, lang)}`,
                    data: cost.dataGiB,
                    system: cost.systemGiB,
                  })}
                </span>
              </p>
            )}
            {askedLast && !showErrors && !read.ok && (
              <p className="hint" role="status" data-testid="last-plan-needs">
                {t('launch.lastPlanNeeds')}
              </p>
            )}
            {showErrors && !read.ok && (
              <p className="field-error" role="alert" data-testid="launch-invalid">
                {t('launch.fixFields')}
              </p>
            )}
            <ErrorNote error={error} />
            <button ref={submitRef} type="submit" className="primary large" data-testid="launch-submit" disabled={busy}>
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
