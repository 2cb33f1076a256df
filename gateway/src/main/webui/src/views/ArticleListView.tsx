import { useState, type FormEvent } from 'react';
import { articlesApi } from '../api/articles';
import type { ArticleSummary } from '../api/types';
import { useSession } from '../auth/session';
import { StatusBadge } from '../components/Badges';
import { AsyncView, Empty, ErrorBox } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime, humanize } from '../lib/format';
import { Link } from '../lib/router';
import { useAsync } from '../lib/useAsync';

const ARTICLE_STATUSES = ['DRAFT', 'IN_CHECK', 'CHECKED'];
const PAGE = 25;

function ClaimCounts({ counts }: { counts: Record<string, number> | null }) {
  const entries = Object.entries(counts ?? {}).filter(([, n]) => n > 0);
  if (entries.length === 0) return <span className="muted">No claims</span>;
  return (
    <span className="counts">
      {entries.map(([status, n]) => (
        <span key={status} className={`count status-${status.toLowerCase().replace(/_/g, '-')}`}>
          {n} {humanize(status).toLowerCase()}
        </span>
      ))}
    </span>
  );
}

export function ArticleListView() {
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
        <h1 id="articles-title">Articles</h1>
        {can.editArticles && (
          <Link href="/articles/new" className="btn btn-primary">
            New article
          </Link>
        )}
      </div>
      <form className="filters" role="search" onSubmit={search}>
        <label>
          Search
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title, author, text" />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn">
          Search
        </button>
      </form>
      <AsyncView state={first} what="Loading articles">
        {(items) => {
          const all = [...items, ...more];
          if (all.length === 0) {
            return (
              <Empty>
                {filter.q || filter.status ? 'No article matches this search.' : 'No articles yet.'}
                {can.editArticles && !filter.q && !filter.status && ' Paste the first one with “New article”.'}
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
                        {[a.author, a.publication].filter(Boolean).join(' · ') || 'Unknown author'} · updated {formatDateTime(a.updatedAt)}
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
                  Load more
                </button>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
