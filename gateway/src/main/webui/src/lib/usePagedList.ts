import { useCallback, useRef, useState } from 'react';
import type { Page } from '../api/types';
import { useAsync, type Async } from './useAsync';

/** The most a service returns in one page. */
const MAX_PAGE = 100;

export interface PagedList<T> {
  /** Every item loaded so far: the first pages, then those "Load more" appended. */
  state: Async<T[]>;
  /** Whether the service has more after the last loaded item. */
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: unknown;
}

/**
 * A keyset-paged list that grows with "Load more". A reload (a live update) asks again for as many items as are on
 * screen, up to a service page, so a reader deep in the list does not lose their place to every event; a change of
 * `key` (the filters) starts again from one page.
 */
export function usePagedList<T>(
  fetchPage: (after: string | null, limit: number) => Promise<Page<T>>,
  pageSize: number,
  key: unknown[],
): PagedList<T> {
  const next = useRef<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const shown = useRef(pageSize);
  const lastKey = useRef<string | null>(null);
  const keyText = JSON.stringify(key);

  const state = useAsync(async () => {
    if (lastKey.current !== keyText) {
      lastKey.current = keyText;
      shown.current = pageSize;
    }
    const page = await fetchPage(null, Math.min(MAX_PAGE, Math.max(pageSize, shown.current)));
    next.current = page.next;
    setHasMore(page.next !== null);
    setMoreError(null);
    return page.items;
  }, key);

  const { data, setData } = state;
  const loadMore = useCallback(() => {
    if (!next.current || !data) return;
    setLoadingMore(true);
    setMoreError(null);
    fetchPage(next.current, pageSize)
      .then((page) => {
        const all = [...data, ...page.items];
        shown.current = all.length;
        next.current = page.next;
        setHasMore(page.next !== null);
        setData(all);
      })
      .catch(setMoreError)
      .finally(() => setLoadingMore(false));
  }, [data, setData, fetchPage, pageSize]);

  return { state, hasMore, loadMore, loadingMore, moreError };
}
