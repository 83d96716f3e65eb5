/**
 * The `paging` fault: the answer's next-page marker never moves on, as a misbehaving list would
 * answer — NextOffset or NextToken repeat the one asked for (on the first page: the page's own,
 * or a made-up one). True when the answer was a paged one.
 */
export function stallPaging(
  body: Record<string, unknown>,
  params: ReadonlyMap<string, string>,
  defaultOffset: number,
): boolean {
  if ('SpotPrices' in body) {
    body.NextOffset = Number(params.get('Offset') || 0) || Number(body.NextOffset || 0) || defaultOffset;
    return true;
  }
  if ('NextToken' in body) {
    body.NextToken = params.get('NextToken') || body.NextToken || 'aaaaaaaa00000001';
    return true;
  }
  return false;
}
