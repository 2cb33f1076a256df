import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type VerdictInput } from '../../api/reviews';
import type { Review } from '../../api/types';
import { ErrorBox } from '../../components/States';
import { VerdictFields } from './VerdictFields';

/** The researcher's verdict; after "changes requested" it starts from the previous draft. */
export function VerdictForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation('review');
  const [value, setValue] = useState<VerdictInput>(() => ({
    rating: review.verdict?.rating ?? ('' as VerdictInput['rating']),
    label: review.verdict?.label ?? '',
    summary: review.verdict?.summary ?? '',
    explanation: review.verdict?.explanation ?? '',
  }));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The service takes a verdict without sources only when the rating says there is nothing to check.
  const needsSource = review.sources.length === 0 && value.rating !== 'NOT_A_CLAIM';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    reviewsApi
      .submit(review, value)
      .then(onDone)
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="panel" aria-labelledby="verdict-form-title">
      <h2 id="verdict-form-title">{t('verdict.yours')}</h2>
      <form className="form-tight" onSubmit={submit}>
        <VerdictFields value={value} onChange={setValue} />
        {needsSource && <p className="notice">{t('verdict.needSource')}</p>}
        <ErrorBox error={error} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !value.rating}>
            {t('verdict.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
