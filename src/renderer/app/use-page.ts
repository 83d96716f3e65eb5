import { useEffect, useState } from 'react';
import { type PageId, pageFromHash } from './routes';

/** The current page, kept in the URL hash so tray items and tests can open a page directly. */
export function usePage(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(() => pageFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setPage(pageFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [page, (next) => (location.hash = `#/${next}`)];
}
