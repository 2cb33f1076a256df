import { useState, type FormEvent } from 'react';
import { reviewsApi } from '../../api/reviews';
import type { Review } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorBox } from '../../components/States';
import { offers } from '../../lib/transitions';
import { useAsync } from '../../lib/useAsync';

/** Picking an item up (the user becomes its researcher) or, for editors, handing it to someone. */
export function TakeBar({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { can } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState('');
  const canTake = can.research && offers(review, 'take');
  const canAssign = can.approve && offers(review, 'assign');
  if (!canTake && !canAssign) return null;

  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .then(() => {
        setAssignee('');
        onChanged();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const assign = (event: FormEvent) => {
    event.preventDefault();
    act(() => reviewsApi.assign(review, assignee));
  };

  return (
    <div className="head-actions item-actions">
      {canTake && (
        <button type="button" className="btn btn-primary" onClick={() => act(() => reviewsApi.take(review))} disabled={busy}>
          {review.state === 'CHANGES_REQUESTED' ? 'Resume research' : 'Take this item'}
        </button>
      )}
      {canAssign && (
        <form className="assign" onSubmit={assign}>
          <ReviewerPicker value={assignee} onChange={setAssignee} />
          <button type="submit" className="btn" disabled={busy || assignee === ''}>
            Assign
          </button>
        </form>
      )}
      <ErrorBox error={error} />
    </div>
  );
}

/** The reviewers an item can go to, the least loaded first, each with the open items they already hold. */
function ReviewerPicker({ value, onChange }: { value: string; onChange: (username: string) => void }) {
  const reviewers = useAsync(() => reviewsApi.reviewers(), []);
  return (
    <>
      <label>
        Assign to
        <select value={value} onChange={(e) => onChange(e.target.value)} required disabled={!reviewers.data}>
          <option value="">{reviewers.data ? 'Choose a reviewer' : 'Loading reviewers…'}</option>
          {reviewers.data?.map((r) => (
            <option key={r.username} value={r.username}>
              {r.username} ({r.openItems} open)
            </option>
          ))}
        </select>
      </label>
      <ErrorBox error={reviewers.error} onRetry={reviewers.reload} />
    </>
  );
}
