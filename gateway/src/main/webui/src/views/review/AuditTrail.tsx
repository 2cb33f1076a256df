import { reviewsApi } from '../../api/reviews';
import { AsyncView } from '../../components/States';
import { formatDateTime, humanize } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

/** Who did what to this item, oldest first. */
export function AuditTrail({ reviewId, refreshKey }: { reviewId: string; refreshKey: string }) {
  const state = useAsync(() => reviewsApi.audit(reviewId), [reviewId, refreshKey]);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <AsyncView state={state} what="Loading history">
        {(entries) =>
          entries.length === 0 ? (
            <p className="muted">No history yet.</p>
          ) : (
            <ol className="timeline">
              {entries.map((entry, i) => (
                <li key={`${entry.at}-${i}`}>
                  <span className="meta">{formatDateTime(entry.at)}</span> <strong>{entry.actor}</strong>
                  {entry.actingAs && <span className="meta"> (as {entry.actingAs})</span>} {humanize(entry.action).toLowerCase()}
                  {entry.from && entry.to && entry.from !== entry.to && (
                    <span className="meta">
                      {' '}
                      ({humanize(entry.from)} → {humanize(entry.to)})
                    </span>
                  )}
                  {entry.reason && <p className="note-text">{entry.reason}</p>}
                </li>
              ))}
            </ol>
          )
        }
      </AsyncView>
    </section>
  );
}
