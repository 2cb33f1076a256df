import { useCallback, useEffect, useRef, useState } from 'react';

export interface Async<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
  setData: (data: T) => void;
}

/** Loads data for a view; `key` changes trigger a fresh load, stale answers are dropped. */
export function useAsync<T>(load: () => Promise<T>, key: unknown[]): Async<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  const run = useCallback((keepData: boolean) => {
    const mine = ++generation.current;
    setLoading(true);
    if (!keepData) setData(undefined);
    latestLoad
      .current()
      .then((result) => {
        if (mine !== generation.current) return;
        setData(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setError(e);
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, []);

  useEffect(() => run(false), key);

  const reload = useCallback(() => run(true), [run]);
  return { data, error, loading, reload, setData };
}
