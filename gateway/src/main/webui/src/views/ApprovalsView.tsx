import { reviewsApi } from '../api/reviews';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { useAsync } from '../lib/useAsync';
import { ReviewList } from './ReviewList';

/** Verdicts waiting for a second pair of eyes. */
export function ApprovalsView() {
  const state = useAsync(() => reviewsApi.list({ state: 'SUBMITTED', limit: 100 }), []);
  useLive(['reviews.progress', 'verdicts.published', 'claims.withdrawn'], () => state.reload());
  return (
    <section aria-labelledby="approvals-title">
      <div className="page-head">
        <h1 id="approvals-title">Awaiting approval</h1>
      </div>
      <AsyncView state={state} what="Loading submitted verdicts">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No verdict is waiting for approval.</Empty>
          ) : (
            <ReviewList items={page.items} onChanged={state.reload} />
          )
        }
      </AsyncView>
    </section>
  );
}
