import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../lib/ErrorNote';
import type { OwnedList } from './DiskSection';
import { FieldError, type SectionProps } from './form-parts';

/** The system image: a public Ubuntu (bootstrapped on first boot) or an image saved from an earlier session. */
export function ImageSection(props: SectionProps & { images: OwnedList }) {
  const { t } = useTranslation();
  const { form, set, images } = props;
  const ubuntu = (version: '22.04' | '24.04') => (
    <label className="radio">
      <input
        type="radio"
        name="image"
        data-testid={`image-ubuntu-${version}`}
        checked={form.imageKind === 'ubuntu' && form.ubuntuVersion === version}
        onChange={() => set({ imageKind: 'ubuntu', ubuntuVersion: version })}
      />
      <span>
        <strong>{t('launch.image.ubuntu', { version })}</strong>
        <small className="muted">{t('launch.image.ubuntuHint')}</small>
      </span>
    </label>
  );
  return (
    <fieldset className="card">
      <legend>{t('launch.image.title')}</legend>
      {ubuntu('22.04')}
      {ubuntu('24.04')}
      <label className="radio">
        <input
          type="radio"
          name="image"
          data-testid="image-custom"
          checked={form.imageKind === 'custom'}
          onChange={() => set({ imageKind: 'custom' })}
        />
        <span>
          <strong>{t('launch.image.saved')}</strong>
          <small className="muted">{t('launch.image.savedHint')}</small>
        </span>
      </label>
      {form.imageKind === 'custom' && (
        <div className="field wide indent">
          {images.loading && <span className="muted">{t('shell.common.loading')}</span>}
          <ErrorNote error={images.error} />
          {!images.loading && images.items.length === 0 && !images.error && (
            <span className="muted">{t('launch.image.none')}</span>
          )}
          {images.items.length > 0 && (
            <select
              data-testid="image-id"
              aria-label={t('launch.image.saved')}
              value={form.imageId}
              onChange={(e) => set({ imageId: e.target.value })}
            >
              <option value="">{t('launch.disk.choose')}</option>
              {images.items.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name || r.id} ({r.id})
                </option>
              ))}
            </select>
          )}
          <FieldError field="imageId" props={props} />
        </div>
      )}
    </fieldset>
  );
}
