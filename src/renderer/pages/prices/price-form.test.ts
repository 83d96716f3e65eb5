import { describe, expect, it } from 'vitest';
import { priceFiltersSchema } from '../../../shared/contract/prices';
import { initialPriceForm, readPriceForm } from './price-form';

describe('the price filter form', () => {
  it('turns what was typed into filters the scan accepts', () => {
    const result = readPriceForm({
      ...initialPriceForm,
      gpuModel: 'NVIDIA T4',
      minGpuMem: ' 16 ',
      maxPrice: '¥2.5',
      regionGroup: 'overseas',
      inStockOnly: true,
    });
    expect(result).toEqual({
      ok: true,
      filters: { gpuModel: 'NVIDIA T4', minGpuMemGiB: 16, maxPrice: 2.5, regionGroup: 'overseas', inStockOnly: true },
    });
    if (result.ok) expect(priceFiltersSchema.parse(result.filters)).toEqual(result.filters);
  });

  it('reads a GPU model and numbers typed full width', () => {
    expect(
      readPriceForm({ ...initialPriceForm, gpuModel: 'Ｔ４', minGpuMem: '１６', maxPrice: '２。５' }),
    ).toMatchObject({
      ok: true,
      filters: { gpuModel: 'T4', minGpuMemGiB: 16, maxPrice: 2.5 },
    });
  });

  it('leaves empty inputs out', () => {
    expect(readPriceForm(initialPriceForm)).toEqual({ ok: true, filters: { regionGroup: 'all', inStockOnly: false } });
  });

  it('names the wrong input and why instead of asking the cloud', () => {
    expect(readPriceForm({ ...initialPriceForm, maxPrice: '-1' })).toEqual({
      ok: false,
      errors: { maxPrice: 'negative' },
    });
    expect(readPriceForm({ ...initialPriceForm, maxPrice: '0' })).toEqual({
      ok: false,
      errors: { maxPrice: 'notPositive' },
    });
    expect(readPriceForm({ ...initialPriceForm, maxPrice: 'cheap', minGpuMem: '-8' })).toEqual({
      ok: false,
      errors: { maxPrice: 'notNumber', minGpuMem: 'negative' },
    });
    expect(readPriceForm({ ...initialPriceForm, minGpuMem: '5000' })).toEqual({
      ok: false,
      errors: { minGpuMem: 'tooLarge' },
    });
  });

  it('reads full-width numbers as typed with a Chinese input method', () => {
    expect(readPriceForm({ ...initialPriceForm, maxPrice: '２．５', minGpuMem: '１６' })).toMatchObject({
      ok: true,
      filters: { maxPrice: 2.5, minGpuMemGiB: 16 },
    });
  });
});
