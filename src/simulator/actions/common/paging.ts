import { invalidParameter } from '../../api/api-error';
import type { Params } from '../../api/params';

/** NextToken + MaxResults paging: an opaque token, "" on the last page. */
export function tokenPage<T>(
  params: Params,
  items: T[],
  limits: { defaultSize: number; maxSize: number; minSize?: number },
): { page: T[]; nextToken: string; maxResults: number } {
  const maxResults = params.int('MaxResults', { min: limits.minSize ?? 1, max: limits.maxSize }) ?? limits.defaultSize;
  const token = params.str('NextToken');
  let offset = 0;
  if (token !== undefined) {
    const m = /^[0-9a-f]{8}([0-9a-f]{8})$/.exec(token);
    if (!m) throw invalidParameter('NextToken', 'InvalidNextToken.Malformed');
    offset = Number.parseInt(m[1] as string, 16);
  }
  const page = items.slice(offset, offset + maxResults);
  const next = offset + maxResults;
  return { page, nextToken: next < items.length ? encodeToken(next) : '', maxResults };
}

/** PageNumber + PageSize paging with TotalCount. */
export function numberPage<T>(
  params: Params,
  items: T[],
  limits: { defaultSize: number; maxSize: number },
): { page: T[]; pageNumber: number; pageSize: number; totalCount: number } {
  const pageNumber = params.int('PageNumber', { min: 1 }) ?? 1;
  const pageSize = params.int('PageSize', { min: 1, max: limits.maxSize }) ?? limits.defaultSize;
  const start = (pageNumber - 1) * pageSize;
  return { page: items.slice(start, start + pageSize), pageNumber, pageSize, totalCount: items.length };
}

function encodeToken(offset: number): string {
  // Looks like the real opaque tokens; carries the offset in its second half.
  const check = ((offset * 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${check}${offset.toString(16).padStart(8, '0')}`;
}

/** The page and the four paging fields a list answers with (TotalCount, PageNumber, PageSize, NextToken). */
export interface DualPage<T> {
  page: T[];
  fields: { TotalCount: number; PageNumber: number; PageSize: number; NextToken: string };
}

/**
 * Lists that take both styles (DescribeInstances, DescribeDisks, DescribeSnapshots): the deprecated
 * PageNumber/PageSize when either is given, else NextToken/MaxResults.
 */
export function dualPage<T>(
  params: Params,
  items: T[],
  limits: { defaultSize: number; pageMax: number; tokenMax: number },
): DualPage<T> {
  if (params.has('PageNumber') || params.has('PageSize')) {
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, items, {
      defaultSize: limits.defaultSize,
      maxSize: limits.pageMax,
    });
    return { page, fields: { TotalCount: totalCount, PageNumber: pageNumber, PageSize: pageSize, NextToken: '' } };
  }
  const { page, nextToken, maxResults } = tokenPage(params, items, {
    defaultSize: limits.defaultSize,
    maxSize: limits.tokenMax,
  });
  return { page, fields: { TotalCount: items.length, PageNumber: 1, PageSize: maxResults, NextToken: nextToken } };
}
