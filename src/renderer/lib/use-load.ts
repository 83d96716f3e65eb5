import { type DependencyList, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Asks again; the previous data stays visible meanwhile. */
  reload(): Promise<void>;
  /** Replaces the data with a fresher answer obtained elsewhere (e.g. from an action). */
  set(data: T): void;
}

/** Runs a request when the component mounts (and when `deps` change), keeping the latest answer. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const latest = useRef(load);
  latest.current = load;

  // A newer request wins: answers to older ones are dropped.
  const reload = useRef(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await latest.current();
      if (mine !== generation.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }).current;

  useEffect(
    () => {
      void reload();
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the request depends on.
    deps,
  );
  return { data, error, loading, reload, set: setData };
}
