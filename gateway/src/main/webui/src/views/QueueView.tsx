import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportPaths, reviewsApi, type ReviewFilter } from '../api/reviews';
import { useSession } from '../auth/session';
import { ExportButton } from '../components/ExportButton';
import { LoadMore } from '../components/LoadMore';
import type { Priority, ReviewSummary } from '../api/types';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { priorityLabel, PRIORITIES, REVIEW_STATES, statusLabel } from '../lib/format';
import { usePagedList } from '../lib/usePagedList';
import type { BulkOutcome } from '../lib/bulk';
import { BulkActions, BulkReport } from './BulkActions';
import { ReviewList } from './ReviewList';
import { SavedViews } from './SavedViews';

const PAGE = 50;

/** The live review queue: refreshed whenever a claim is queued, withdrawn or moves on. */
export function QueueView() {
  const { t } = useTranslation(['queue', 'common']);
  const [filter, setFilter] = useState<ReviewFilter>({ state: 'QUEUED', assignee: '', priority: '', overdue: false, q: '' });
  const [text, setText] = useState('');
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const { can } = useSession();
  // Bulk actions are for editors and admins (assign, priority, due); a filter change clears the selection.
  const [selected, setSelected] = useState<Map<string, ReviewSummary>>(new Map());
  const bulk = can.approve || can.editArticles;
  const [report, setReport] = useState<BulkOutcome<ReviewSummary>[] | null>(null);
  const toggle = (item: ReviewSummary) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(item.id)) next.delete(item.id);
      else next.set(item.id, item);
      return next;
    });

  const list = usePagedList(
    async (after, limit) => {
      const page = await reviewsApi.list({ ...filter, after, limit });
      if (after === null) {
        if (seen.current) {
          const arrived = page.items.filter((i) => !seen.current!.has(i.id)).map((i) => i.id);
          setFresh(new Set(arrived));
          if (arrived.length) setAnnouncement(t('arrived', { count: arrived.length }));
        }
        seen.current = new Set(page.items.map((i) => i.id));
      } else {
        page.items.forEach((i) => seen.current?.add(i.id));
      }
      return page;
    },
    PAGE,
    [filter.state, filter.assignee, filter.priority, filter.overdue, filter.q],
  );
  const state = list.state;

  useLive(['claims.queued', 'claims.withdrawn', 'reviews.progress', 'verdicts.published'], () => state.reload());

  const change = (patch: Partial<ReviewFilter>) => {
    setSelected(new Map());
    seen.current = null;
    setFresh(new Set());
    setFilter((current) => ({ ...current, ...patch }));
  };

  return (
    <section aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">{t('title')}</h1>
        {can.exportCsv && <ExportButton path={exportPaths.queue(filter)} fileName="review-queue.csv" />}
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const q = text.trim();
          // Searching again for the same text asks again: whoever presses Search wants what is there now.
          if (q === filter.q) state.reload();
          else change({ q });
        }}
      >
        <label>
          {t('search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} minLength={3} maxLength={200} />
        </label>
        <label>
          {t('state')}
          <select value={filter.state} onChange={(e) => change({ state: e.target.value })}>
            <option value="">{t('common:any')}</option>
            {REVIEW_STATES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('assignee')}
          <select value={filter.assignee} onChange={(e) => change({ assignee: e.target.value })}>
            <option value="">{t('anyone')}</option>
            <option value="me">{t('me')}</option>
          </select>
        </label>
        <label>
          {t('common:priority')}
          <select value={filter.priority} onChange={(e) => change({ priority: e.target.value as Priority | '' })}>
            <option value="">{t('common:any')}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={!!filter.overdue} onChange={(e) => change({ overdue: e.target.checked })} />
          {t('overdueOnly')}
        </label>
        <button type="submit" className="btn">
          {t('common:search')}
        </button>
      </form>
      <SavedViews
        filter={filter}
        onApply={(saved) => {
          setText(saved.q ?? '');
          setSelected(new Map());
          seen.current = null;
          setFresh(new Set());
          setFilter(saved);
        }}
      />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {report && <BulkReport outcomes={report} onDismiss={() => setReport(null)} />}
      <AsyncView state={state} what={t('loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{filter.q ? t('noMatch') : t('empty')}</Empty>
          ) : (
            <>
              {bulk && (
                <div className="bulk-select">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setSelected(new Map((items as ReviewSummary[]).map((i) => [i.id, i])))}
                  >
                    {t('selectShown', { count: items.length })}
                  </button>
                  {selected.size > 0 && (
                    <button type="button" className="btn btn-small" onClick={() => setSelected(new Map())}>
                      {t('clearSelection')}
                    </button>
                  )}
                </div>
              )}
              {bulk && selected.size > 0 && (
                <BulkActions
                  selected={[...selected.values()]}
                  onFinished={(outcomes) => {
                    setReport(outcomes);
                    setSelected(new Map());
                    state.reload();
                  }}
                />
              )}
              <ReviewList
                items={items as ReviewSummary[]}
                fresh={fresh}
                onChanged={state.reload}
                selection={bulk ? { selected: new Set(selected.keys()), toggle } : undefined}
              />
              <LoadMore list={list} label={t('loadMore')} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
