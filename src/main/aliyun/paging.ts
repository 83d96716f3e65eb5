/** Upper bound on pages fetched by one "all pages" helper, against a server that never stops. */
export const MAX_PAGES = 1000;

/** Collects every page of a NextToken-paged action; stops on an empty or repeated token. */
export async function allByToken<T>(
  fetchPage: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(token);
    all.push(...result.items);
    token = result.nextToken;
    if (!token || seen.has(token)) break;
    seen.add(token);
  }
  return all;
}

/** Collects every page of a PageNumber/PageSize-paged action, using TotalCount to stop. */
export async function allByPageNumber<T>(
  fetchPage: (pageNumber: number) => Promise<{ items: T[]; totalCount: number }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await fetchPage(page);
    all.push(...result.items);
    if (result.items.length === 0 || all.length >= result.totalCount) break;
  }
  return all;
}

/** Collects every page of an Offset/NextOffset-paged action (DescribeSpotPriceHistory). */
export async function allByOffset<T>(
  fetchPage: (offset: number | undefined) => Promise<{ items: T[]; nextOffset?: number }>,
): Promise<T[]> {
  const all: T[] = [];
  let offset: number | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(offset);
    all.push(...result.items);
    const next = result.nextOffset;
    // The last page carries no NextOffset (or one that does not move forward).
    if (next === undefined || next <= (offset ?? 0) || result.items.length === 0) break;
    offset = next;
  }
  return all;
}
