import { useTranslation } from 'react-i18next';
import type { PriceForm, PriceFormResult } from './price-form';

export interface PriceFiltersProps {
  form: PriceForm;
  onChange(form: PriceForm): void;
  read: PriceFormResult;
  gpuModels: string[];
}

/** The filter bar above the price table; wrong numbers are named right under their input. */
export function PriceFilters({ form, onChange, read, gpuModels }: PriceFiltersProps) {
  const { t } = useTranslation();
  const errors = read.ok ? {} : read.errors;
  const set = <K extends keyof PriceForm>(key: K, value: PriceForm[K]) => onChange({ ...form, [key]: value });
  return (
    <form className="filters" data-testid="price-filters" onSubmit={(event) => event.preventDefault()} noValidate>
      <label className="field">
        <span>{t('prices.filters.gpuModel')}</span>
        <select data-testid="filter-gpu" value={form.gpuModel} onChange={(e) => set('gpuModel', e.target.value)}>
          <option value="">{t('prices.filters.anyGpu')}</option>
          {gpuModels.map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('prices.filters.minGpuMem')}</span>
        <input
          data-testid="filter-min-mem"
          inputMode="decimal"
          placeholder={t('prices.filters.anyAmount')}
          value={form.minGpuMem}
          aria-invalid={errors.minGpuMem ? true : undefined}
          onChange={(e) => set('minGpuMem', e.target.value)}
        />
        {errors.minGpuMem && (
          <small className="field-error" role="alert" data-testid="filter-min-mem-error">
            {t(`prices.errors.${errors.minGpuMem}`, { max: 1024 })}
          </small>
        )}
      </label>
      <label className="field">
        <span>{t('prices.filters.maxPrice')}</span>
        <input
          data-testid="filter-max-price"
          inputMode="decimal"
          placeholder={t('prices.filters.anyAmount')}
          value={form.maxPrice}
          aria-invalid={errors.maxPrice ? true : undefined}
          onChange={(e) => set('maxPrice', e.target.value)}
        />
        {errors.maxPrice && (
          <small className="field-error" role="alert" data-testid="filter-max-price-error">
            {t(`prices.errors.${errors.maxPrice}`, { max: 10000 })}
          </small>
        )}
      </label>
      <label className="field">
        <span>{t('prices.filters.regionGroup')}</span>
        <select
          data-testid="filter-region-group"
          value={form.regionGroup}
          onChange={(e) => set('regionGroup', e.target.value as PriceForm['regionGroup'])}
        >
          <option value="all">{t('prices.filters.groupAll')}</option>
          <option value="overseas">{t('prices.filters.groupOverseas')}</option>
          <option value="mainland">{t('prices.filters.groupMainland')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('prices.filters.sort')}</span>
        <select data-testid="sort" value={form.sort} onChange={(e) => set('sort', e.target.value as PriceForm['sort'])}>
          <option value="price">{t('prices.filters.sortPrice')}</option>
          <option value="pricePerGpuGiB">{t('prices.filters.sortPerGpuGiB')}</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="filter-in-stock"
          checked={form.inStockOnly}
          onChange={(e) => set('inStockOnly', e.target.checked)}
        />
        <span>{t('prices.filters.inStockOnly')}</span>
      </label>
    </form>
  );
}
