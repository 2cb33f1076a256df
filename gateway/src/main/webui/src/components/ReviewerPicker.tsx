import { reviewsApi } from '../api/reviews';
import { useAsync } from '../lib/useAsync';
import { ErrorBox } from './States';

/** The reviewers an item can go to, the least loaded first, each with the open items they already hold. */
export function ReviewerPicker({ value, onChange }: { value: string; onChange: (username: string) => void }) {
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
