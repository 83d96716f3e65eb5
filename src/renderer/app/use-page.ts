import { useEffect, useRef, useState } from 'react';
import { hashFor, type PageId, type PageParams, pageFromHash, paramsFromHash } from './routes';

export type Go = (page: PageId, params?: PageParams) => void;

/** The current page and its parameters, kept in the URL hash so tray items and tests can open a page directly. */
export function usePage(): [PageId, PageParams, Go] {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const page = pageFromHash(hash);
  // A page opened anew starts at its top (a launch submitted at the foot of the form opens its session there).
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    window.scrollTo(0, 0);
  });
  const go: Go = (next, params) => {
    location.hash = hashFor(next, params);
  };
  return [page, paramsFromHash(hash), go];
}
