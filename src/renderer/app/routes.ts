export const pageIds = ['prices', 'launch', 'session', 'notebook', 'resources', 'settings'] as const;
export type PageId = (typeof pageIds)[number];

/** Reads "#/launch?x=1" as the page "launch"; anything unknown lands on Prices. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return (pageIds as readonly string[]).includes(id) ? (id as PageId) : 'prices';
}
