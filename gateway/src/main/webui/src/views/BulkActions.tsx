import { useState, type FormEvent } from 'react';
import { articlesApi } from '../api/articles';
import { errorMessage } from '../api/client';
import { reviewsApi } from '../api/reviews';
import type { Priority, ReviewSummary } from '../api/types';
import { useSession } from '../auth/session';
import { ReviewerPicker } from '../components/ReviewerPicker';
import { runBulk, type BulkOutcome } from '../lib/bulk';
import { humanize, PRIORITIES } from '../lib/format';

type Action = 'assign' | 'priority' | 'due';

/**
 * One change to every selected queue item: assign, priority or due time. Each item goes through its own API call,
 * with its own checks, so some may succeed and others not: the outcome is listed per item.
 */
export function BulkActions({
  selected,
  onFinished,
}: {
  selected: ReviewSummary[];
  onFinished: (outcomes: BulkOutcome<ReviewSummary>[]) => void;
}) {
  const { can } = useSession();
  const actions: { value: Action; label: string; allowed: boolean }[] = [
    { value: 'assign', label: 'Assign', allowed: can.approve },
    { value: 'priority', label: 'Set priority', allowed: can.editArticles },
    { value: 'due', label: 'Set due time', allowed: can.editArticles },
  ];
  const allowed = actions.filter((a) => a.allowed);
  const [action, setAction] = useState<Action>(allowed[0]?.value ?? 'assign');
  const [assignee, setAssignee] = useState('');
  const [priority, setPriority] = useState<Priority>('HIGH');
  const [due, setDue] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  if (allowed.length === 0) return null;

  /** Priority and due time belong to the claim (article-service); its current version comes from its article. */
  const changeClaim = async (item: ReviewSummary, change: { priority?: Priority; dueAt?: string | null }) => {
    const article = await articlesApi.get(item.articleId);
    const claim = article.claims.find((c) => c.id === item.claimId);
    if (!claim) throw new Error('the claim is no longer in its article');
    return articlesApi.updateClaim(claim, change);
  };
  const perform = (item: ReviewSummary) => {
    if (action === 'assign') return reviewsApi.assign(item, assignee);
    if (action === 'priority') return changeClaim(item, { priority });
    return changeClaim(item, { dueAt: due ? new Date(due).toISOString() : null });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = [...selected];
    setProgress({ done: 0, total: items.length });
    const outcomes = await runBulk(items, perform, (done) => setProgress({ done, total: items.length }));
    setProgress(null);
    onFinished(outcomes);
  };

  return (
    <form className="panel bulk-actions" onSubmit={submit} aria-labelledby="bulk-title">
      <h2 id="bulk-title">
        {selected.length} selected
      </h2>
      <label>
        Action
        <select value={action} onChange={(e) => setAction(e.target.value as Action)}>
          {allowed.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      {action === 'assign' && <ReviewerPicker value={assignee} onChange={setAssignee} />}
      {action === 'priority' && (
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {humanize(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === 'due' && (
        <label>
          Due (empty: no due time)
          <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      )}
      <button
        type="submit"
        className="btn btn-primary"
        disabled={progress !== null || selected.length === 0 || (action === 'assign' && assignee === '')}
      >
        Apply to {selected.length}
      </button>
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label="Bulk action progress" />
          <p role="status" aria-live="polite">
            {progress.done} of {progress.total}…
          </p>
        </>
      )}
    </form>
  );
}

/** What the last bulk action came to: how many items changed, and why each of the others did not. */
export function BulkReport({ outcomes, onDismiss }: { outcomes: BulkOutcome<ReviewSummary>[]; onDismiss: () => void }) {
  const failed = outcomes.filter((o) => !o.ok);
  return (
    <div className="panel bulk-report">
      <p role="status" aria-live="polite">
        {outcomes.length - failed.length} of {outcomes.length} changed
        {failed.length ? `; ${failed.length} not changed:` : '.'}
      </p>
      {failed.length > 0 && (
        <ul className="violations" aria-label="Items not changed">
          {failed.map((o) => (
            <li key={o.item.id}>
              {o.item.claimText}: {o.ok ? '' : errorMessage(o.error)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
