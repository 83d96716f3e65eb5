import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { allByOffset, allByPageNumber, allByToken, MAX_PAGES } from './paging';

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reading every page', () => {
  it('follows markers to the last page', async () => {
    const tokens = await allByToken('DescribeDisks', async (token) =>
      token === undefined ? { items: [1, 2], nextToken: 'a' } : { items: [3], nextToken: '' },
    );
    expect(tokens).toEqual([1, 2, 3]);
    const offsets = await allByOffset('DescribeSpotPriceHistory', async (offset) =>
      (offset ?? 0) < 2000 ? { items: [offset ?? 0], nextOffset: (offset ?? 0) + 1000 } : { items: [offset] },
    );
    expect(offsets).toEqual([0, 1000, 2000]);
    const numbers = await allByPageNumber('DescribeImages', async (n) => ({ items: n < 3 ? [n] : [], totalCount: 5 }));
    expect(numbers).toEqual([1, 2]);
  });

  it('cuts a repeated NextOffset with a clear error instead of looping', async () => {
    let calls = 0;
    const error = await refusal(
      allByOffset('DescribeSpotPriceHistory', async () => {
        calls++;
        return { items: ['point'], nextOffset: 1000 };
      }),
    );
    expect(calls).toBe(2);
    expect(error.code).toBe('cloud.paging');
    expect(error.retryable).toBe(true);
    expect(error.text.en).toMatch(/DescribeSpotPriceHistory returned the page marker 1000 a second time/);
    expect(error.text.zh).toMatch(/DescribeSpotPriceHistory 再次返回了分页标记 1000/);
  });

  it('cuts an offset that goes back, a repeated token and a list without end', async () => {
    const back = await refusal(
      allByOffset('DescribeSpotPriceHistory', async (offset) => ({ items: [1], nextOffset: offset ? 500 : 1000 })),
    );
    expect(back.text.en).toMatch(/went back from offset 1000 to 500/);
    const token = await refusal(allByToken('DescribeInstances', async () => ({ items: [1], nextToken: 'same' })));
    expect(token.text.en).toMatch(/DescribeInstances returned the page marker same a second time/);
    let calls = 0;
    const endless = await refusal(
      allByOffset('DescribeSpotPriceHistory', async (offset) => {
        calls++;
        return { items: [1], nextOffset: (offset ?? 0) + 1 };
      }),
    );
    expect(calls).toBe(MAX_PAGES);
    expect(endless.text.en).toMatch(new RegExp(`kept returning pages after ${MAX_PAGES}`));
    const pages = await refusal(allByPageNumber('DescribeVpcs', async () => ({ items: [1], totalCount: 1e9 })));
    expect(pages.code).toBe('cloud.paging');
  });
});
