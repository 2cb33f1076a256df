import { useMemo, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { articlesApi } from '../api/articles';
import type { Article, Claim } from '../api/types';
import { useSession } from '../auth/session';
import { ArticleBody } from '../components/ArticleBody';
import { StatusBadge } from '../components/Badges';
import { AsyncView, ErrorBox } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime, ratingLabel, statusLabel } from '../lib/format';
import { Link } from '../lib/router';
import { findQuote } from '../lib/segments';
import { safeHttpUrl } from '../lib/url';
import { useAsync } from '../lib/useAsync';
import { ClaimPanel } from './article/ClaimPanel';
import { ClaimList } from './article/ClaimList';
import { SuggestionList } from './article/SuggestionList';

function AddClaim({ article, range, onAdded, onCancel }: {
  article: Article;
  range: { start: number; end: number };
  onAdded: (claim: Claim) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['articles', 'common']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = () => {
    setBusy(true);
    articlesApi
      .addClaim(article.id, range.start, range.end)
      .then(onAdded)
      .catch((e) => {
        setError(e);
        setBusy(false);
      });
  };
  return (
    <section className="panel add-claim" aria-labelledby="add-claim-title">
      <h2 id="add-claim-title">{t('addClaim.title')}</h2>
      <blockquote className="quote">{article.body.slice(range.start, range.end)}</blockquote>
      <ErrorBox error={error} />
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={add} disabled={busy}>
          {t('addClaim.add')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </section>
  );
}

function QuoteToClaim({ body, onFound }: { body: string; onFound: (range: { start: number; end: number }) => void }) {
  const { t } = useTranslation('articles');
  const [quote, setQuote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const range = findQuote(body, quote);
    setMissing(!range);
    if (range) {
      onFound(range);
      setQuote('');
    }
  };
  return (
    <form className="quote-form" onSubmit={submit}>
      <label className="field">
        {t('quote.label')}
        <input value={quote} onChange={(e) => setQuote(e.target.value)} placeholder={t('quote.placeholder')} />
      </label>
      {missing && <p className="field-error">{t('quote.missing')}</p>}
      <button type="submit" className="btn btn-small" disabled={!quote.trim()}>
        {t('quote.find')}
      </button>
    </form>
  );
}

export function ArticleView({ id }: { id: string }) {
  const { t } = useTranslation(['articles', 'common']);
  const { can } = useSession();
  const state = useAsync(() => articlesApi.get(id), [id]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);

  useLive(
    ['claims.changed', 'claims.queued', 'claims.withdrawn', 'verdicts.published', 'reviews.progress'],
    () => state.reload(),
    (event) => event.articleId === id,
  );

  const selected = useMemo(
    () => state.data?.claims.find((c) => c.id === selectedId) ?? null,
    [state.data, selectedId],
  );

  const select = (claim: Claim) => {
    setPending(null);
    setSelectedId(claim.id);
  };

  return (
    <AsyncView state={state} what={t('loadingArticle')}>
      {(article) => {
        const source = safeHttpUrl(article.sourceUrl);
        return (
          <article className="article-page" aria-labelledby="article-title">
            <div className="page-head">
              <div>
                <h1 id="article-title">{article.title}</h1>
                <p className="meta">
                  {t('page.byline', {
                    source: [article.author, article.publication].filter(Boolean).join(' · ') || t('unknownAuthor'),
                    by: article.createdBy,
                    at: formatDateTime(article.createdAt),
                  })}{' '}
                  {source && (
                    <Trans
                      t={t}
                      i18nKey="page.sourceLink"
                      components={{ link: <a href={source} target="_blank" rel="noopener noreferrer" /> }}
                    />
                  )}
                </p>
              </div>
              <div className="head-actions">
                <StatusBadge value={article.status} />
                {can.editArticles && (
                  <Link href={`/articles/${article.id}/edit`} className="btn">
                    {t('common:edit')}
                  </Link>
                )}
              </div>
            </div>
            <div className="article-layout">
              <div className="article-main">
                <Legend />
                <ArticleBody
                  body={article.body}
                  claims={article.claims}
                  selectedId={selectedId}
                  onSelectClaim={select}
                  onSelectText={can.editArticles ? setPending : undefined}
                />
              </div>
              <aside className="article-side" aria-label={t('page.claims')}>
                {pending && can.editArticles && (
                  <AddClaim
                    article={article}
                    range={pending}
                    onCancel={() => setPending(null)}
                    onAdded={(claim) => {
                      setPending(null);
                      setSelectedId(claim.id);
                      window.getSelection()?.removeAllRanges();
                      state.reload();
                    }}
                  />
                )}
                {selected && (
                  <ClaimPanel key={selected.id} claim={selected} onChanged={state.reload} onClose={() => setSelectedId(null)} />
                )}
                <SuggestionList article={article} selectedId={selectedId} onSelect={select} onQueued={state.reload} />
                <ClaimList claims={article.claims} selectedId={selectedId} onSelect={select} />
                {can.editArticles && <QuoteToClaim body={article.body} onFound={setPending} />}
              </aside>
            </div>
          </article>
        );
      }}
    </AsyncView>
  );
}

function Legend() {
  const { t } = useTranslation('articles');
  return (
    <ul className="legend" aria-label={t('page.legend')}>
      <li><span className="swatch status-suggested" />{statusLabel('SUGGESTED')}</li>
      <li><span className="swatch status-queued" />{statusLabel('QUEUED')}</li>
      <li><span className="swatch status-in-review" />{statusLabel('IN_REVIEW')}</li>
      <li><span className="swatch rating-true" />{ratingLabel('TRUE')}</li>
      <li><span className="swatch rating-half-true" />{ratingLabel('HALF_TRUE')}</li>
      <li><span className="swatch rating-false" />{ratingLabel('FALSE')}</li>
      <li><span className="swatch rating-misleading" />{ratingLabel('MISLEADING')}</li>
    </ul>
  );
}
