import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../api/reviews';
import { useAsync } from '../lib/useAsync';
import { ErrorBox } from './States';

/** The reviewers an item can go to, the least loaded first, each with the open items they already hold. */
export function ReviewerPicker({ value, onChange }: { value: string; onChange: (username: string) => void }) {
  const { t } = useTranslation('queue');
  const reviewers = useAsync(() => reviewsApi.reviewers(), []);
  return (
    <>
      <label>
        {t('picker.label')}
        <select value={value} onChange={(e) => onChange(e.target.value)} required disabled={!reviewers.data}>
          <option value="">{reviewers.data ? t('picker.choose') : t('picker.loading')}</option>
          {reviewers.data?.map((r) => (
            <option key={r.username} value={r.username}>
              {t('picker.option', { name: r.username, count: r.openItems })}
            </option>
          ))}
        </select>
      </label>
      <ErrorBox error={reviewers.error} onRetry={reviewers.reload} />
    </>
  );
}
