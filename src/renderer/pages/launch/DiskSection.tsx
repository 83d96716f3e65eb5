import { useTranslation } from 'react-i18next';
import type { OwnedResource } from '../../../shared/resources';
import { ErrorNote } from '../../lib/ErrorNote';
import { gib } from '../../lib/format';
import { AfterMoveChoice } from './AfterMoveChoice';
import { FieldError, type SectionProps } from './form-parts';
import type { LaunchForm } from './launch-form';

export interface OwnedList {
  items: OwnedResource[];
  loading: boolean;
  error: unknown;
}

function ownedLabel(r: OwnedResource, lang: string, t: (k: string) => string) {
  const size = r.sizeGiB !== undefined ? ` · ${gib(r.sizeGiB, lang)}` : '';
  return `${r.name || r.id} (${r.id})${size} · ${t(`resources.use.${r.use}`)}`;
}

/** The data disk at /mnt/ml that outlives the instance: new, one Danlu kept, or restored from a snapshot. */
export function DiskSection(props: SectionProps & { disks: OwnedList; snapshots: OwnedList }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { form, set, disks, snapshots } = props;
  const kind = (value: LaunchForm['diskKind']) => (
    <label className="radio">
      <input
        type="radio"
        name="disk"
        data-testid={`disk-${value}`}
        checked={form.diskKind === value}
        onChange={() => set({ diskKind: value })}
      />
      <span>
        <strong>{t(`launch.disk.${value}`)}</strong>
        <small className="muted">{t(`launch.disk.${value}Hint`)}</small>
      </span>
    </label>
  );
  const picker = (list: OwnedList, field: 'diskId' | 'snapshotId', testId: string) => (
    <div className="field wide indent">
      {list.loading && <span className="muted">{t('shell.common.loading')}</span>}
      <ErrorNote error={list.error} />
      {!list.loading && list.items.length === 0 && !list.error && (
        <span className="muted">{t(field === 'diskId' ? 'launch.disk.noDisks' : 'launch.disk.noSnapshots')}</span>
      )}
      {list.items.length > 0 && (
        <select
          data-testid={testId}
          aria-label={t(`launch.disk.${field === 'diskId' ? 'existing' : 'snapshot'}`)}
          value={form[field]}
          onChange={(e) => set({ [field]: e.target.value })}
        >
          <option value="">{t('launch.disk.choose')}</option>
          {list.items.map((r) => (
            <option key={r.id} value={r.id}>
              {ownedLabel(r, lang, t)}
            </option>
          ))}
        </select>
      )}
      <FieldError field={field} props={props} />
    </div>
  );
  return (
    <fieldset className="card">
      <legend>{t('launch.disk.title')}</legend>
      <p className="muted small-print">{t('launch.disk.intro')}</p>
      {kind('new')}
      {form.diskKind === 'new' && (
        <div className="row indent">
          <label className="field narrow">
            <span>{t('launch.disk.size')}</span>
            <input
              data-testid="disk-size"
              inputMode="numeric"
              value={form.diskSize}
              onChange={(e) => set({ diskSize: e.target.value })}
            />
            <FieldError field="diskSize" props={props} />
          </label>
          <label className="field narrow">
            <span>{t('launch.disk.category')}</span>
            <select
              data-testid="disk-category"
              value={form.diskCategory}
              onChange={(e) => set({ diskCategory: e.target.value as LaunchForm['diskCategory'] })}
            >
              <option value="cloud_essd">{t('launch.disk.cloud_essd')}</option>
              <option value="cloud_auto">{t('launch.disk.cloud_auto')}</option>
              <option value="cloud_efficiency">{t('launch.disk.cloud_efficiency')}</option>
            </select>
          </label>
        </div>
      )}
      {kind('existing')}
      {form.diskKind === 'existing' && picker(disks, 'diskId', 'disk-existing-id')}
      {form.diskKind === 'existing' && form.diskId && (
        <div className="indent">
          <AfterMoveChoice
            diskId={form.diskId}
            value={form.afterMove}
            onChange={(afterMove) => set({ afterMove })}
            monthly={disks.items.find((d) => d.id === form.diskId)?.monthlyCost}
          />
        </div>
      )}
      {kind('snapshot')}
      {form.diskKind === 'snapshot' && picker(snapshots, 'snapshotId', 'disk-snapshot-id')}
    </fieldset>
  );
}
