import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';

/** Upper bound on pages fetched by one "all pages" helper, against a server that never stops. */
export const MAX_PAGES = 1000;

/** How a list's paging went wrong. */
type PagingProblem =
  | { kind: 'repeated'; marker: string | number }
  | { kind: 'backwards'; from: number; to: number }
  | { kind: 'endless' };

const problemText = (p: PagingProblem) => {
  switch (p.kind) {
    case 'repeated':
      return msg('cloud-error.paging.repeated', { marker: String(p.marker) });
    case 'backwards':
      return msg('cloud-error.paging.backwards', { from: String(p.from), to: String(p.to) });
    default:
      return msg('cloud-error.paging.endless', { max: String(MAX_PAGES) });
  }
};

/**
 * A list the cloud pages wrongly (a page marker seen before, or pages without end): reading on
 * would loop for ever and stopping quietly would show part of the list as all of it.
 */
export function pagingError(action: string, problem: PagingProblem): AppError {
  return new AppError(msg('cloud-error.pagingBroken', { action, problem: { msg: problemText(problem) } }), {
    code: 'cloud.paging',
    retryable: true,
  });
}

/** Collects every page of a NextToken-paged action; a token seen before is an error. */
export async function allByToken<T>(
  action: string,
  fetchPage: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(token);
    all.push(...result.items);
    token = result.nextToken;
    if (!token) return all;
    if (seen.has(token)) throw pagingError(action, { kind: 'repeated', marker: token });
    seen.add(token);
  }
  throw pagingError(action, { kind: 'endless' });
}

/** Collects every page of a PageNumber/PageSize-paged action, using TotalCount to stop. */
export async function allByPageNumber<T>(
  action: string,
  fetchPage: (pageNumber: number) => Promise<{ items: T[]; totalCount: number }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await fetchPage(page);
    all.push(...result.items);
    if (result.items.length === 0 || all.length >= result.totalCount) return all;
  }
  throw pagingError(action, { kind: 'endless' });
}

/**
 * Collects every page of an Offset/NextOffset-paged action (DescribeSpotPriceHistory). The last
 * page carries no NextOffset; one that repeats or goes back is an error.
 */
export async function allByOffset<T>(
  action: string,
  fetchPage: (offset: number | undefined) => Promise<{ items: T[]; nextOffset?: number }>,
): Promise<T[]> {
  const all: T[] = [];
  let offset: number | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(offset);
    all.push(...result.items);
    const next = result.nextOffset;
    if (next === undefined || result.items.length === 0) return all;
    if (next === offset) throw pagingError(action, { kind: 'repeated', marker: next });
    if (next < (offset ?? 0)) throw pagingError(action, { kind: 'backwards', from: offset ?? 0, to: next });
    offset = next;
  }
  throw pagingError(action, { kind: 'endless' });
}
