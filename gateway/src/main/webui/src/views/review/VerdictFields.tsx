import type { VerdictInput } from '../../api/reviews';
import type { Rating } from '../../api/types';
import { RATINGS } from '../../lib/format';

/** The rating scale and the verdict's words, shared by submitting and correcting. */
export function VerdictFields({ value, onChange }: { value: VerdictInput; onChange: (v: VerdictInput) => void }) {
  const set = (key: keyof VerdictInput) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  const pick = (rating: Rating) => {
    const previousDefault = RATINGS.find((r) => r.value === value.rating)?.label;
    const label = !value.label || value.label === previousDefault ? RATINGS.find((r) => r.value === rating)!.label : value.label;
    onChange({ ...value, rating, label });
  };
  return (
    <>
      <fieldset className="rating-scale">
        <legend>Rating</legend>
        {RATINGS.map((r) => (
          <label key={r.value} className={`rating-option rating-${r.value.toLowerCase().replace(/_/g, '-')}`}>
            <input type="radio" name="rating" value={r.value} checked={value.rating === r.value} onChange={() => pick(r.value)} required />
            <span className="rating-name">{r.label}</span>
            <span className="rating-meaning">{r.meaning}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        Label shown to readers
        <input required value={value.label} onChange={set('label')} name="label" maxLength={100} />
      </label>
      <label className="field">
        Summary
        <textarea required rows={2} value={value.summary} onChange={set('summary')} name="summary" />
      </label>
      <label className="field">
        Explanation
        <textarea required rows={6} value={value.explanation} onChange={set('explanation')} name="explanation" />
      </label>
    </>
  );
}
