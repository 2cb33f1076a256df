import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type SourceInput } from '../../api/reviews';
import type { Review } from '../../api/types';
import { ErrorBox } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { safeHttpUrl } from '../../lib/url';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): SourceInput => ({ url: '', title: '', publisher: '', quote: '', accessedAt: today(), primary: false });

/** Evidence sources: shown to everyone, added by the researcher. */
export function Evidence({ review, editable, onChanged }: { review: Review; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation('review');
  const [source, setSource] = useState<SourceInput>(blank);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof SourceInput) => (e: { target: { value: string } }) => setSource((s) => ({ ...s, [key]: e.target.value }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    reviewsApi
      .addSource(review.id, {
        ...source,
        publisher: source.publisher?.trim() || null,
        quote: source.quote?.trim() || null,
        title: source.title.trim(),
        // The service stores an instant; the form asks for the day the page was read.
        accessedAt: source.accessedAt ? new Date(`${source.accessedAt}T12:00:00`).toISOString() : null,
      })
      .then(() => {
        setSource(blank());
        onChanged();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title', { count: review.sources.length })}</h2>
      {review.sources.length === 0 ? (
        <p className="muted">{t('evidence.empty')}</p>
      ) : (
        <ul className="sources">
          {review.sources.map((s) => {
            const href = safeHttpUrl(s.url);
            return (
              <li key={s.id} className="source">
                <div className="source-title">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.title || s.url}
                    </a>
                  ) : (
                    <span>{s.title || s.url}</span>
                  )}
                  {s.primary && <span className="badge primary">{t('evidence.primary')}</span>}
                </div>
                {s.quote && <blockquote className="quote">{s.quote}</blockquote>}
                <p className="meta">
                  {[
                    s.publisher,
                    s.accessedAt && t('evidence.accessed', { at: formatDateTime(s.accessedAt) }),
                    t('evidence.addedBy', { name: s.addedBy }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <form className="form-tight source-form" onSubmit={add} aria-label={t('evidence.add')}>
          <h3>{t('evidence.add')}</h3>
          <label className="field">
            {t('evidence.url')}
            <input type="url" required value={source.url} onChange={set('url')} name="url" placeholder="https://" />
          </label>
          <label className="field">
            {t('evidence.sourceTitle')}
            <input required value={source.title} onChange={set('title')} name="title" />
          </label>
          <div className="field-row">
            <label className="field">
              {t('evidence.publisher')}
              <input required value={source.publisher ?? ''} onChange={set('publisher')} name="publisher" />
            </label>
            <label className="field field-narrow">
              {t('evidence.accessedLabel')}
              <input type="date" required value={source.accessedAt ?? ''} onChange={set('accessedAt')} name="accessedAt" />
            </label>
          </div>
          <label className="field">
            {t('evidence.quote')}
            <textarea required rows={3} value={source.quote ?? ''} onChange={set('quote')} name="quote" />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={source.primary} onChange={(e) => setSource((s) => ({ ...s, primary: e.target.checked }))} />
            {t('evidence.primarySource')}
          </label>
          <ErrorBox error={error} />
          <div className="actions">
            <button type="submit" className="btn btn-small" disabled={busy}>
              {t('evidence.addSource')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
