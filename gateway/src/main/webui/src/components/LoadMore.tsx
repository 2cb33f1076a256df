import type { PagedList } from '../lib/usePagedList';
import { ErrorBox } from './States';

/** The "Load more" button under a paged list, with its error and retry. */
export function LoadMore({ list, what }: { list: Pick<PagedList<unknown>, 'hasMore' | 'loadMore' | 'loadingMore' | 'moreError'>; what: string }) {
  return (
    <>
      <ErrorBox error={list.moreError} onRetry={list.loadMore} />
      {list.hasMore && (
        <button type="button" className="btn load-more" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? 'Loading…' : `Load more ${what}`}
        </button>
      )}
    </>
  );
}
