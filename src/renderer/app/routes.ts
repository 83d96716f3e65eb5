export const pageIds = ['prices', 'launch', 'session', 'notebook', 'resources', 'settings'] as const;
export type PageId = (typeof pageIds)[number];

/** Values carried in the hash after "?", e.g. "#/launch?region=us-west-1&type=ecs.gn6i-c4g1.xlarge". */
export type PageParams = Record<string, string>;

/** Reads "#/launch?x=1" as the page "launch"; anything unknown lands on Prices. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return (pageIds as readonly string[]).includes(id) ? (id as PageId) : 'prices';
}

export function paramsFromHash(hash: string): PageParams {
  const query = hash.split('?')[1];
  return query ? Object.fromEntries(new URLSearchParams(query)) : {};
}

export function hashFor(page: PageId, params: PageParams = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  return query ? `#/${page}?${query}` : `#/${page}`;
}
