import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../api/articles';
import type { ArticleSummary } from '../api/types';
import { useSession } from '../auth/session';
import { StatusBadge } from '../components/Badges';
import { AsyncView, Empty, ErrorBox } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime, statusLabel } from '../lib/format';
import { Link } from '../lib/router';
import { useAsync } from '../lib/useAsync';

const ARTICLE_STATUSES = ['DRAFT', 'IN_CHECK', 'CHECKED'];
const PAGE = 25;

function ClaimCounts({ counts }: { counts: Record<string, number> | null }) {
  const { t } = useTranslation('articles');
  const entries = Object.entries(counts ?? {}).filter(([, n]) => n > 0);
  if (entries.length === 0) return <span className="muted">{t('list.noClaims')}</span>;
  return (
    <span className="counts">
      {entries.map(([status, n]) => (
        <span key={status} className={`count status-${status.toLowerCase().replace(/_/g, '-')}`}>
          {t(`list.claimCount.${status}` as never, { count: n, defaultValue: `${n} ${statusLabel(status).toLowerCase()}` })}
        </span>
      ))}
    </span>
  );
}

export function ArticleListView() {
  const { t } = useTranslation(['articles', 'common']);
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState({ q: '', status: '' });
  const [more, setMore] = useState<ArticleSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);

  const first = useAsync(async () => {
    const page = await articlesApi.list({ ...filter, limit: PAGE });
    setMore([]);
    setNext(page.next);
    return page.items;
  }, [filter.q, filter.status]);

  useLive(['claims.changed', 'claims.queued', 'claims.withdrawn', 'verdicts.published'], () => first.reload());

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ q: q.trim(), status });
  };

  const loadMore = () => {
    if (!next) return;
    setMoreError(null);
    articlesApi
      .list({ ...filter, after: next, limit: PAGE })
      .then((page) => {
        setMore((items) => [...items, ...page.items]);
        setNext(page.next);
      })
      .catch(setMoreError);
  };

  return (
    <section aria-labelledby="articles-title">
      <div className="page-head">
        <h1 id="articles-title">{t('list.title')}</h1>
        {can.editArticles && (
          <Link href="/articles/new" className="btn btn-primary">
            {t('newArticle')}
          </Link>
        )}
      </div>
      <form className="filters" role="search" onSubmit={search}>
        <label>
          {t('common:search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('list.searchPlaceholder')} />
        </label>
        <label>
          {t('common:status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('common:any')}</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn">
          {t('common:search')}
        </button>
      </form>
      <AsyncView state={first} what={t('list.loading')}>
        {(items) => {
          const all = [...items, ...more];
          if (all.length === 0) {
            return (
              <Empty>
                {filter.q || filter.status ? t('list.noMatch') : t('list.empty')}
                {can.editArticles && !filter.q && !filter.status && ` ${t('list.pasteFirst')}`}
              </Empty>
            );
          }
          return (
            <>
              <ul className="cards article-list">
                {all.map((a) => (
                  <li key={a.id} className="card">
                    <div className="card-main">
                      <Link href={`/articles/${a.id}`} className="card-title">
                        {a.title}
                      </Link>
                      <div className="meta">
                        {t('list.byline', {
                          source: [a.author, a.publication].filter(Boolean).join(' · ') || t('unknownAuthor'),
                          updated: formatDateTime(a.updatedAt),
                        })}
                      </div>
                    </div>
                    <div className="card-side">
                      <StatusBadge value={a.status} />
                      <ClaimCounts counts={a.claimCounts} />
                    </div>
                  </li>
                ))}
              </ul>
              <ErrorBox error={moreError} onRetry={loadMore} />
              {next && (
                <button type="button" className="btn" onClick={loadMore}>
                  {t('common:loadMore')}
                </button>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
