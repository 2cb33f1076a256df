import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../api/reviews';
import { LoadMore } from '../components/LoadMore';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { usePagedList } from '../lib/usePagedList';
import { ReviewList } from './ReviewList';

const PAGE = 50;

/** Verdicts waiting for a second pair of eyes. */
export function ApprovalsView() {
  const { t } = useTranslation('queue');
  const list = usePagedList((after, limit) => reviewsApi.list({ state: 'SUBMITTED', after, limit }), PAGE, []);
  const state = list.state;
  useLive(['reviews.progress', 'verdicts.published', 'claims.withdrawn'], () => state.reload());
  return (
    <section aria-labelledby="approvals-title">
      <div className="page-head">
        <h1 id="approvals-title">{t('approvals.title')}</h1>
      </div>
      <AsyncView state={state} what={t('approvals.loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('approvals.empty')}</Empty>
          ) : (
            <>
              <ReviewList items={items} onChanged={state.reload} />
              <LoadMore list={list} label={t('approvals.loadMore')} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
