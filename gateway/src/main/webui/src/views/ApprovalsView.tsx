import { reviewsApi } from '../api/reviews';
import { LoadMore } from '../components/LoadMore';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { usePagedList } from '../lib/usePagedList';
import { ReviewList } from './ReviewList';

const PAGE = 50;

/** Verdicts waiting for a second pair of eyes. */
export function ApprovalsView() {
  const list = usePagedList((after, limit) => reviewsApi.list({ state: 'SUBMITTED', after, limit }), PAGE, []);
  const state = list.state;
  useLive(['reviews.progress', 'verdicts.published', 'claims.withdrawn'], () => state.reload());
  return (
    <section aria-labelledby="approvals-title">
      <div className="page-head">
        <h1 id="approvals-title">Awaiting approval</h1>
      </div>
      <AsyncView state={state} what="Loading submitted verdicts">
        {(items) =>
          items.length === 0 ? (
            <Empty>No verdict is waiting for approval.</Empty>
          ) : (
            <>
              <ReviewList items={items} onChanged={state.reload} />
              <LoadMore list={list} what="verdicts" />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
