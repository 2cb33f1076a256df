import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../api/reviews';
import type { Review } from '../api/types';
import { useSession } from '../auth/session';
import { OverdueBadge, PriorityBadge, StatusBadge } from '../components/Badges';
import { AsyncView } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime, percent } from '../lib/format';
import { offers } from '../lib/transitions';
import { Link } from '../lib/router';
import { useAsync } from '../lib/useAsync';
import { ApprovalPanel } from './review/ApprovalPanel';
import { AuditTrail } from './review/AuditTrail';
import { ClaimReviewJson } from './review/ClaimReviewJson';
import { Evidence } from './review/Evidence';
import { Notes } from './review/Notes';
import { TakeBar } from './review/TakeBar';
import { VerdictCard } from './review/VerdictCard';
import { VerdictForm } from './review/VerdictForm';

const RESEARCHING = new Set(['IN_RESEARCH', 'CHANGES_REQUESTED']);

export function ReviewView({ id }: { id: string }) {
  const { t } = useTranslation('review');
  const { me, can } = useSession();
  const state = useAsync(() => reviewsApi.get(id), [id]);

  useLive(
    ['reviews.progress', 'verdicts.published', 'claims.withdrawn', 'claims.changed'],
    () => state.reload(),
    (event) => event.reviewId === id || (!!state.data && event.claimId === state.data.claimId),
  );

  return (
    <AsyncView state={state} what={t('loading')}>
      {(review: Review) => {
        const mine = review.assignee === me.username;
        const researching = can.research && RESEARCHING.has(review.state) && mine;
        return (
          <article className="review-page" aria-labelledby="review-title">
            <div className="page-head">
              <div>
                <p className="eyebrow">
                  <Link href={`/articles/${review.articleId}`}>{review.articleTitle}</Link>
                </p>
                <h1 id="review-title" className="claim-title">
                  {review.claimText}
                </h1>
                <div className="badges">
                  <StatusBadge value={review.state} />
                  <PriorityBadge priority={review.priority} />
                  {review.overdue && <OverdueBadge />}
                </div>
                <p className="meta">
                  {review.assignee ? t('researcher', { name: review.assignee }) : t('unassigned')}
                  {t('meta', {
                    queuedBy: review.queuedBy ?? '—',
                    due: formatDateTime(review.dueAt),
                    score: percent(review.checkWorthiness),
                  })}
                </p>
              </div>
              <TakeBar review={review} onChanged={state.reload} />
            </div>
            {review.context && (
              <section className="panel" aria-labelledby="context-title">
                <h2 id="context-title">{t('context')}</h2>
                <blockquote className="quote context">{review.context}</blockquote>
              </section>
            )}
            <div className="review-layout">
              <div className="review-evidence">
                <Evidence review={review} editable={researching} onChanged={state.reload} />
                <Notes review={review} onChanged={state.reload} />
              </div>
              <div className="review-verdict">
                {review.verdict && <VerdictCard verdict={review.verdict} publicUrl={review.claimReviewUrl} />}
                {researching && offers(review, 'submit') && <VerdictForm review={review} onDone={state.reload} />}
                {can.research && RESEARCHING.has(review.state) && !mine && (
                  <p className="notice">{review.assignee ? t('researching', { name: review.assignee }) : t('takeToResearch')}</p>
                )}
                {can.approve && <ApprovalPanel review={review} onDone={state.reload} />}
                {(review.state === 'PUBLISHED' || review.state === 'CORRECTED') && <ClaimReviewJson reviewId={review.id} version={review.version} />}
              </div>
            </div>
            <AuditTrail reviewId={review.id} refreshKey={`${review.version}-${review.state}-${review.notes.length}-${review.sources.length}`} />
          </article>
        );
      }}
    </AsyncView>
  );
}
