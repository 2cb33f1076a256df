import { useTranslation } from 'react-i18next';
import type { VerdictInput } from '../../api/reviews';
import type { Rating } from '../../api/types';
import { RATINGS, ratingLabel, ratingMeaning } from '../../lib/format';

/** The rating scale and the verdict's words, shared by submitting and correcting. */
export function VerdictFields({ value, onChange }: { value: VerdictInput; onChange: (v: VerdictInput) => void }) {
  const { t } = useTranslation('review');
  const set = (key: keyof VerdictInput) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  const pick = (rating: Rating) => {
    // The label follows the rating until the researcher writes their own.
    const label = !value.label || value.label === ratingLabel(value.rating) ? ratingLabel(rating) : value.label;
    onChange({ ...value, rating, label });
  };
  return (
    <>
      <fieldset className="rating-scale">
        <legend>{t('verdict.rating')}</legend>
        {RATINGS.map((r) => (
          <label key={r} className={`rating-option rating-${r.toLowerCase().replace(/_/g, '-')}`}>
            <input type="radio" name="rating" value={r} checked={value.rating === r} onChange={() => pick(r)} required />
            <span className="rating-name">{ratingLabel(r)}</span>
            <span className="rating-meaning">{ratingMeaning(r)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('verdict.label')}
        <input required value={value.label} onChange={set('label')} name="label" maxLength={100} />
      </label>
      <label className="field">
        {t('verdict.summary')}
        <textarea required rows={2} value={value.summary} onChange={set('summary')} name="summary" />
      </label>
      <label className="field">
        {t('verdict.explanation')}
        <textarea required rows={6} value={value.explanation} onChange={set('explanation')} name="explanation" />
      </label>
    </>
  );
}
