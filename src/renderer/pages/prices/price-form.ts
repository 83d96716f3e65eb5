import type { PriceFilters } from '../../../shared/contract/prices';
import { plainInput, typedNumber } from '../../../shared/typed-input';

/** What the filter inputs hold, as typed (numbers still text, so bad input can be shown as such). */
export interface PriceForm {
  gpuModel: string;
  minGpuMem: string;
  maxPrice: string;
  regionGroup: 'all' | 'mainland' | 'overseas';
  inStockOnly: boolean;
  sort: 'price' | 'pricePerGpuGiB';
}

export const initialPriceForm: PriceForm = {
  gpuModel: '',
  minGpuMem: '',
  maxPrice: '',
  regionGroup: 'all',
  inStockOnly: false,
  sort: 'price',
};

/** i18n keys under prices.errors. */
export type PriceFormError = 'notNumber' | 'negative' | 'notPositive' | 'tooLarge';

export type PriceFormResult =
  | { ok: true; filters: PriceFilters }
  | { ok: false; errors: Partial<Record<'minGpuMem' | 'maxPrice', PriceFormError>> };

function number(text: string): number | undefined | 'bad' {
  const value = typedNumber(text);
  if (value === undefined) return undefined;
  return Number.isFinite(value) ? value : 'bad';
}

/** Reads the inputs into the filters `prices.scan` accepts, or says which input is wrong and why. */
export function readPriceForm(form: PriceForm): PriceFormResult {
  const errors: Partial<Record<'minGpuMem' | 'maxPrice', PriceFormError>> = {};
  const minGpuMem = number(form.minGpuMem);
  if (minGpuMem === 'bad') errors.minGpuMem = 'notNumber';
  else if (minGpuMem !== undefined && minGpuMem < 0) errors.minGpuMem = 'negative';
  else if (minGpuMem !== undefined && minGpuMem > 1024) errors.minGpuMem = 'tooLarge';
  const maxPrice = number(form.maxPrice);
  if (maxPrice === 'bad') errors.maxPrice = 'notNumber';
  else if (maxPrice !== undefined && maxPrice < 0) errors.maxPrice = 'negative';
  else if (maxPrice !== undefined && maxPrice === 0) errors.maxPrice = 'notPositive';
  else if (maxPrice !== undefined && maxPrice > 10000) errors.maxPrice = 'tooLarge';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const filters: PriceFilters = { regionGroup: form.regionGroup, inStockOnly: form.inStockOnly };
  const gpuModel = plainInput(form.gpuModel);
  if (gpuModel) filters.gpuModel = gpuModel;
  if (minGpuMem !== undefined && minGpuMem !== 'bad') filters.minGpuMemGiB = minGpuMem;
  if (maxPrice !== undefined && maxPrice !== 'bad') filters.maxPrice = maxPrice;
  return { ok: true, filters };
}
