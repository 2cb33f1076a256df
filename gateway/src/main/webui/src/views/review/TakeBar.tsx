import { useState } from 'react';
import { reviewsApi } from '../../api/reviews';
import type { Review } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorBox } from '../../components/States';
import { offers } from '../../lib/transitions';

/** Picking an item up: the reviewer becomes its researcher. */
export function TakeBar({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { can } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!can.research || !offers(review, 'take')) return null;
  const take = () => {
    setBusy(true);
    setError(null);
    reviewsApi
      .take(review)
      .then(onChanged)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <div className="head-actions">
      <button type="button" className="btn btn-primary" onClick={take} disabled={busy}>
        Take this item
      </button>
      <ErrorBox error={error} />
    </div>
  );
}
