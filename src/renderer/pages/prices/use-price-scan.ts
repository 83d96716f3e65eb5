import { useCallback, useEffect, useRef, useState } from 'react';
import type { PriceFilters, PriceProgress, PriceScanResult } from '../../../shared/contract/prices';
import { danlu } from '../../lib/danlu';
import { useDanluEvent } from '../../lib/use-event';

export interface PriceScan {
  result: PriceScanResult | undefined;
  /** Wall time (ms) the result arrived, to age it while the page stays open. */
  receivedAt: number;
  error: unknown;
  /** True until the first answer for these filters (the cold first screen). */
  scanning: boolean;
  /** The latest background progress (regions read, prices made exact). */
  progress: PriceProgress | undefined;
  refresh(): void;
}

export interface PriceScanRequest {
  filters: PriceFilters | null;
  sort?: 'price' | 'pricePerGpuGiB';
  limit?: number;
  focusRegion?: string;
}

/** How often an open page asks again, so prices past their freshness are shown (and read) as such. */
const REVISIT_MS = 60_000;

/**
 * Prices for the given filters and sort, kept live: the answer comes at once from what Danlu
 * knows (estimates marked), and each `prices.progress` event (a region read, prices made exact)
 * asks again, one request at a time, so rows turn exact as the cloud answers. A newer request
 * wins over an older one still on its way.
 */
export function usePriceScan(request: PriceScanRequest): PriceScan {
  const { filters, sort = 'price', limit, focusRegion } = request;
  const [result, setResult] = useState<PriceScanResult>();
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [scanning, setScanning] = useState(false);
  const [progress, setProgress] = useState<PriceProgress>();
  const generation = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const key = JSON.stringify([filters, sort, limit, focusRegion]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the request's content.
  const run = useCallback(
    async (refresh: boolean, first: boolean) => {
      if (!filters) return;
      const mine = ++generation.current;
      inFlight.current = true;
      if (first) setScanning(true);
      try {
        const answer = await danlu().prices.scan({ filters, sort, limit, focusRegion, refresh });
        if (mine !== generation.current) return;
        setResult(answer);
        setReceivedAt(Date.now());
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(e);
      } finally {
        if (mine === generation.current) {
          inFlight.current = false;
          setScanning(false);
          if (again.current) {
            again.current = false;
            void run(false, false);
          }
        }
      }
    },
    [key],
  );

  /** Asks again now, or right after the request on its way. */
  const update = useCallback(() => {
    if (inFlight.current) again.current = true;
    else void run(false, false);
  }, [run]);

  useDanluEvent('prices.progress', (p) => {
    setProgress(p);
    update();
  });

  useEffect(() => {
    void run(false, true);
    const timer = setInterval(update, REVISIT_MS);
    return () => clearInterval(timer);
  }, [run, update]);

  return { result, receivedAt, error, scanning, progress, refresh: () => void run(true, false) };
}
