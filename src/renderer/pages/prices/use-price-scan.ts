import { useCallback, useEffect, useRef, useState } from 'react';
import type { PriceFilters, PriceProgress, PriceScanResult } from '../../../shared/contract/prices';
import { danlu } from '../../lib/danlu';
import { useDanluEvent } from '../../lib/use-event';

export interface PriceScan {
  result: PriceScanResult | undefined;
  /** Wall time (ms) the result arrived, to age it while the page stays open. */
  receivedAt: number;
  error: unknown;
  scanning: boolean;
  progress: PriceProgress | undefined;
  refresh(): void;
}

/**
 * Scans prices for the given filters and sort; answers from the cache within its TTL. While the
 * cloud is asked, `prices.progress` events fill the progress bar. A newer request wins over an
 * older one still on its way.
 */
export function usePriceScan(filters: PriceFilters | null, sort: 'price' | 'pricePerGpuGiB'): PriceScan {
  const [result, setResult] = useState<PriceScanResult>();
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [scanning, setScanning] = useState(false);
  const [progress, setProgress] = useState<PriceProgress>();
  const generation = useRef(0);
  const key = JSON.stringify(filters);

  useDanluEvent('prices.progress', (p) => setProgress(p));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters' content.
  const run = useCallback(
    async (refresh: boolean) => {
      if (!filters) return;
      const mine = ++generation.current;
      setScanning(true);
      setProgress(undefined);
      try {
        const answer = await danlu().prices.scan({ filters, sort, refresh });
        if (mine !== generation.current) return;
        setResult(answer);
        setReceivedAt(Date.now());
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(e);
      } finally {
        if (mine === generation.current) setScanning(false);
      }
    },
    [key, sort],
  );

  useEffect(() => {
    void run(false);
  }, [run]);

  return { result, receivedAt, error, scanning, progress, refresh: () => void run(true) };
}
