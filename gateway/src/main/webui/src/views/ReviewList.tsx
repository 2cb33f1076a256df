import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../api/reviews';
import type { ReviewSummary } from '../api/types';
import { useSession } from '../auth/session';
import { OverdueBadge, PriorityBadge, StatusBadge } from '../components/Badges';
import { ErrorBox } from '../components/States';
import { formatDateTime, percent } from '../lib/format';
import { Link, navigate } from '../lib/router';

/** Which items are selected for a bulk action, where the page offers them. */
export interface Selection {
  selected: Set<string>;
  toggle: (item: ReviewSummary) => void;
}

/** Review items as cards; shared by the queue and the approvals page. */
export function ReviewList({
  items,
  fresh,
  onChanged,
  selection,
}: {
  items: ReviewSummary[];
  fresh?: Set<string>;
  onChanged: () => void;
  selection?: Selection;
}) {
  const { t } = useTranslation('queue');
  const { can } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const take = (item: ReviewSummary) => {
    setBusy(item.id);
    setError(null);
    reviewsApi
      .take(item)
      .then(() => navigate(`/reviews/${item.id}`))
      .catch((e) => {
        setError(e);
        setBusy(null);
        onChanged();
      });
  };

  return (
    <>
      <ErrorBox error={error} />
      <ul className="cards review-list">
        {items.map((item) => (
          <li key={item.id} className={`card${item.overdue ? ' is-overdue' : ''}${fresh?.has(item.id) ? ' is-fresh' : ''}`} data-review-id={item.id}>
            {selection && (
              <input
                type="checkbox"
                className="card-select"
                aria-label={t('list.select', { claim: item.claimText })}
                checked={selection.selected.has(item.id)}
                onChange={() => selection.toggle(item)}
              />
            )}
            <div className="card-main">
              <Link href={`/reviews/${item.id}`} className="card-title">
                {item.claimText}
              </Link>
              <div className="meta">
                <Link href={`/articles/${item.articleId}`}>{item.articleTitle}</Link>
                {t('list.meta', { score: percent(item.checkWorthiness), updated: formatDateTime(item.updatedAt) })}
              </div>
            </div>
            <div className="card-side">
              <div className="badges">
                <StatusBadge value={item.state} />
                <PriorityBadge priority={item.priority} />
                {item.overdue && <OverdueBadge />}
              </div>
              <div className="meta">
                {item.dueAt ? t('list.due', { at: formatDateTime(item.dueAt) }) : t('list.noDue')} ·{' '}
                {item.assignee ? t('list.with', { name: item.assignee }) : t('list.unassigned')}
              </div>
              {can.research && item.state === 'QUEUED' && (
                <button type="button" className="btn btn-primary btn-small" disabled={busy === item.id} onClick={() => take(item)}>
                  {t('list.take')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
