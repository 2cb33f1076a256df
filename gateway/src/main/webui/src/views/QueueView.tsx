import { useRef, useState } from 'react';
import { exportPaths, reviewsApi, type ReviewFilter } from '../api/reviews';
import { useSession } from '../auth/session';
import { ExportButton } from '../components/ExportButton';
import { LoadMore } from '../components/LoadMore';
import type { Priority, ReviewSummary } from '../api/types';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { humanize, PRIORITIES, REVIEW_STATES } from '../lib/format';
import { usePagedList } from '../lib/usePagedList';
import type { BulkOutcome } from '../lib/bulk';
import { BulkActions, BulkReport } from './BulkActions';
import { ReviewList } from './ReviewList';
import { SavedViews } from './SavedViews';

const PAGE = 50;

/** The live review queue: refreshed whenever a claim is queued, withdrawn or moves on. */
export function QueueView() {
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
          if (arrived.length) setAnnouncement(`${arrived.length} new ${arrived.length === 1 ? 'item' : 'items'} in the queue`);
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
        <h1 id="queue-title">Review queue</h1>
        {can.exportCsv && <ExportButton path={exportPaths.queue(filter)} fileName="review-queue.csv" />}
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          change({ q: text.trim() });
        }}
      >
        <label>
          Search claims
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="At least 3 characters" minLength={3} maxLength={200} />
        </label>
        <label>
          State
          <select value={filter.state} onChange={(e) => change({ state: e.target.value })}>
            <option value="">Any</option>
            {REVIEW_STATES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={filter.assignee} onChange={(e) => change({ assignee: e.target.value })}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
          </select>
        </label>
        <label>
          Priority
          <select value={filter.priority} onChange={(e) => change({ priority: e.target.value as Priority | '' })}>
            <option value="">Any</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {humanize(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={!!filter.overdue} onChange={(e) => change({ overdue: e.target.checked })} />
          Overdue only
        </label>
        <button type="submit" className="btn">
          Search
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
      <AsyncView state={state} what="Loading the queue">
        {(items) =>
          items.length === 0 ? (
            <Empty>{filter.q ? 'No claim in this view contains this text.' : 'Nothing here. New claims appear as soon as editors queue them.'}</Empty>
          ) : (
            <>
              {bulk && (
                <div className="bulk-select">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setSelected(new Map((items as ReviewSummary[]).map((i) => [i.id, i])))}
                  >
                    Select all {items.length} shown
                  </button>
                  {selected.size > 0 && (
                    <button type="button" className="btn btn-small" onClick={() => setSelected(new Map())}>
                      Clear selection
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
              <LoadMore list={list} what="items" />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
