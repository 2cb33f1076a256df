import { useTranslation } from 'react-i18next';
import type { PagedList } from '../lib/usePagedList';
import { ErrorBox } from './States';

/** The "Load more" button under a paged list, with its error and retry; `label` names what it loads ("Load more items"). */
export function LoadMore({ list, label }: { list: Pick<PagedList<unknown>, 'hasMore' | 'loadMore' | 'loadingMore' | 'moreError'>; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorBox error={list.moreError} onRetry={list.loadMore} />
      {list.hasMore && (
        <button type="button" className="btn load-more" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? t('loadingWhat', { what: t('loading') }) : label}
        </button>
      )}
    </>
  );
}
