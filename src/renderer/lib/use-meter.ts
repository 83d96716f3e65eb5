import { useEffect, useState } from 'react';
import type { MeterView } from '../../shared/meter';
import { danlu } from './danlu';
import { useDanluEvent } from './use-event';

/** The cost meter: read once, then every `meter.tick` (each second while something bills). */
export function useMeter(): MeterView | undefined {
  const [view, setView] = useState<MeterView>();
  useDanluEvent('meter.tick', setView);
  useEffect(() => {
    let live = true;
    danlu()
      .meter.get()
      .then((v) => live && setView((seen) => (seen && seen.at > v.at ? seen : v)))
      .catch(() => {
        // The meter is a glance: without it the pages still work, and the next tick fills it in.
      });
    return () => {
      live = false;
    };
  }, []);
  return view;
}
