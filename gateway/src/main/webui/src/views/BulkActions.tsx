import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../api/articles';
import { errorDetail, errorMessage } from '../api/client';
import { reviewsApi } from '../api/reviews';
import type { Priority, ReviewSummary } from '../api/types';
import { useSession } from '../auth/session';
import { ReviewerPicker } from '../components/ReviewerPicker';
import { runBulk, type BulkOutcome } from '../lib/bulk';
import { priorityLabel, PRIORITIES } from '../lib/format';

type Action = 'assign' | 'priority' | 'due';

/**
 * One change to every selected queue item: assign, priority or due time. Each item goes through its own API call,
 * with its own checks, so some may succeed and others not: the outcome is listed per item.
 */
export function BulkActions({
  selected,
  onFinished,
}: {
  selected: ReviewSummary[];
  onFinished: (outcomes: BulkOutcome<ReviewSummary>[]) => void;
}) {
  const { t } = useTranslation(['queue', 'common']);
  const { can } = useSession();
  const actions: { value: Action; label: string; allowed: boolean }[] = [
    { value: 'assign', label: t('bulk.assign'), allowed: can.approve },
    { value: 'priority', label: t('bulk.setPriority'), allowed: can.editArticles },
    { value: 'due', label: t('bulk.setDue'), allowed: can.editArticles },
  ];
  const allowed = actions.filter((a) => a.allowed);
  const [action, setAction] = useState<Action>(allowed[0]?.value ?? 'assign');
  const [assignee, setAssignee] = useState('');
  const [priority, setPriority] = useState<Priority>('HIGH');
  const [due, setDue] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  if (allowed.length === 0) return null;

  /** Priority and due time belong to the claim (article-service); its current version comes from its article. */
  const changeClaim = async (item: ReviewSummary, change: { priority?: Priority; dueAt?: string | null }) => {
    const article = await articlesApi.get(item.articleId);
    const claim = article.claims.find((c) => c.id === item.claimId);
    if (!claim) throw new Error(t('bulk.claimGone'));
    return articlesApi.updateClaim(claim, change);
  };
  const perform = (item: ReviewSummary) => {
    if (action === 'assign') return reviewsApi.assign(item, assignee);
    if (action === 'priority') return changeClaim(item, { priority });
    return changeClaim(item, { dueAt: due ? new Date(due).toISOString() : null });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = [...selected];
    setProgress({ done: 0, total: items.length });
    const outcomes = await runBulk(items, perform, (done) => setProgress({ done, total: items.length }));
    setProgress(null);
    onFinished(outcomes);
  };

  return (
    <form className="panel bulk-actions" onSubmit={submit} aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('bulk.selected', { count: selected.length })}</h2>
      <label>
        {t('bulk.action')}
        <select value={action} onChange={(e) => setAction(e.target.value as Action)}>
          {allowed.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      {action === 'assign' && <ReviewerPicker value={assignee} onChange={setAssignee} />}
      {action === 'priority' && (
        <label>
          {t('common:priority')}
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === 'due' && (
        <label>
          {t('bulk.due')}
          <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      )}
      <button
        type="submit"
        className="btn btn-primary"
        disabled={progress !== null || selected.length === 0 || (action === 'assign' && assignee === '')}
      >
        {t('bulk.apply', { count: selected.length })}
      </button>
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label={t('bulk.progress')} />
          <p role="status" aria-live="polite">
            {t('bulk.progressText', { done: progress.done, total: progress.total })}
          </p>
        </>
      )}
    </form>
  );
}

/** What the last bulk action came to: how many items changed, and why each of the others did not. */
export function BulkReport({ outcomes, onDismiss }: { outcomes: BulkOutcome<ReviewSummary>[]; onDismiss: () => void }) {
  const { t } = useTranslation(['queue', 'common']);
  const failed = outcomes.filter((o) => !o.ok);
  const changed = { changed: outcomes.length - failed.length, total: outcomes.length };
  return (
    <div className="panel bulk-report">
      <p role="status" aria-live="polite">
        {failed.length ? t('bulk.reportFailed', { ...changed, count: failed.length }) : t('bulk.report', changed)}
      </p>
      {failed.length > 0 && (
        <ul className="violations" aria-label={t('bulk.notChanged')}>
          {failed.map((o) => (
            <li key={o.item.id} title={o.ok ? undefined : (errorDetail(o.error) ?? undefined)}>
              {t('bulk.failure', { claim: o.item.claimText, message: o.ok ? '' : errorMessage(o.error) })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}
