import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../../api/reviews';
import { ErrorBox, Loading } from '../../components/States';

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The schema.org ClaimReview for publishing next to the verdict. */
export function ClaimReviewJson({ reviewId, version }: { reviewId: string; version: number }) {
  const { t } = useTranslation(['review', 'common']);
  const [json, setJson] = useState<{ text: string; version: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

  const load = () => {
    setLoading(true);
    setError(null);
    reviewsApi
      .claimReview(reviewId)
      .then((text) => setJson({ text: pretty(typeof text === 'string' ? text : JSON.stringify(text)), version }))
      .catch(setError)
      .finally(() => setLoading(false));
  };
  const copy = () => {
    if (!json) return;
    navigator.clipboard
      ?.writeText(json.text)
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(setError);
  };

  const stale = json && json.version !== version;
  return (
    <section className="panel" aria-labelledby="jsonld-title">
      <h2 id="jsonld-title">{t('jsonld.title')}</h2>
      {(!json || stale) && !loading && (
        <button type="button" className="btn btn-small" onClick={load}>
          {stale ? t('jsonld.reload') : t('jsonld.show')}
        </button>
      )}
      {loading && <Loading what={t('jsonld.loading')} />}
      <ErrorBox error={error} />
      {json && (
        <>
          <pre className="code" tabIndex={0} aria-label={t('jsonld.label')}>
            {json.text}
          </pre>
          <button type="button" className="btn btn-small" onClick={copy}>
            {copied ? t('common:copied') : t('jsonld.copy')}
          </button>
        </>
      )}
    </section>
  );
}
