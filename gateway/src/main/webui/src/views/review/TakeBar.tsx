import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../../api/reviews';
import type { Review } from '../../api/types';
import { useSession } from '../../auth/session';
import { ReviewerPicker } from '../../components/ReviewerPicker';
import { ErrorBox } from '../../components/States';
import { offers } from '../../lib/transitions';

/** Picking an item up (the user becomes its researcher) or, for editors, handing it to someone. */
export function TakeBar({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { t } = useTranslation('review');
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
          {review.state === 'CHANGES_REQUESTED' ? t('take.resume') : t('take.take')}
        </button>
      )}
      {canAssign && (
        <form className="assign" onSubmit={assign}>
          <ReviewerPicker value={assignee} onChange={setAssignee} />
          <button type="submit" className="btn" disabled={busy || assignee === ''}>
            {t('take.assign')}
          </button>
        </form>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
