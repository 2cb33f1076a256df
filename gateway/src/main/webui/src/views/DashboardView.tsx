import { exportPaths, reviewsApi } from '../api/reviews';
import { useSession } from '../auth/session';
import { ExportButton } from '../components/ExportButton';
import type { ReviewStats } from '../api/types';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { formatDuration, humanize, ratingLabel, REVIEW_STATES } from '../lib/format';
import { useAsync } from '../lib/useAsync';
import { ReviewList } from './ReviewList';

/** Horizontal bars drawn in SVG: sizes are attributes, so no inline style is needed under the CSP. */
function Bars({ rows, label, tone }: { rows: { key: string; name: string; value: number; text?: string }[]; label: string; tone: (key: string) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  if (rows.length === 0) return <p className="muted">No data yet.</p>;
  return (
    <table className="bars" aria-label={label}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td className="bar-cell">
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" className="bar">
                <rect x="0" y="0" width={(100 * row.value) / max} height="10" className={tone(row.key)} />
              </svg>
            </td>
            <td className="num">{row.text ?? row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/_/g, '-');

function Stats({ stats }: { stats: ReviewStats }) {
  const counts = REVIEW_STATES.map((s) => ({ key: s, name: humanize(s), value: stats.countsByState?.[s] ?? 0 }));
  const medians = Object.entries(stats.medianSecondsInState ?? {}).map(([stage, seconds]) => ({
    key: stage,
    name: humanize(stage),
    value: seconds ?? 0,
    text: formatDuration(seconds),
  }));
  const mix = Object.entries(stats.verdictMix ?? {}).map(([rating, n]) => ({ key: rating, name: ratingLabel(rating), value: n }));
  const load = Object.entries(stats.reviewerLoad ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([who, n]) => ({ key: who, name: who, value: n }));
  const open = counts.filter((c) => !['PUBLISHED', 'CORRECTED', 'WITHDRAWN'].includes(c.key)).reduce((sum, c) => sum + c.value, 0);

  return (
    <>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi-value">{open}</span>
          <span className="kpi-label">open items</span>
        </div>
        <div className={`kpi${stats.overdue > 0 ? ' kpi-alert' : ''}`}>
          <span className="kpi-value">{stats.overdue}</span>
          <span className="kpi-label">overdue</span>
        </div>
        <div className="kpi">
          <span className="kpi-value">{(stats.countsByState?.PUBLISHED ?? 0) + (stats.countsByState?.CORRECTED ?? 0)}</span>
          <span className="kpi-label">verdicts published</span>
        </div>
      </div>
      <div className="grid-2">
        <section className="panel" aria-labelledby="by-state">
          <h2 id="by-state">Items by state</h2>
          <Bars rows={counts} label="Items by state" tone={(k) => `fill-state-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="median">
          <h2 id="median">Median time in each stage</h2>
          <Bars rows={medians} label="Median time in each stage" tone={(k) => `fill-state-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="mix">
          <h2 id="mix">Verdict mix</h2>
          <Bars rows={mix} label="Verdict mix" tone={(k) => `fill-rating-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="load">
          <h2 id="load">Reviewer load (open items)</h2>
          <Bars rows={load} label="Reviewer load" tone={() => 'fill-load'} />
        </section>
      </div>
    </>
  );
}

export function DashboardView() {
  const stats = useAsync(() => reviewsApi.stats(), []);
  const overdue = useAsync(() => reviewsApi.list({ overdue: true, limit: 20 }), []);
  const { can } = useSession();
  useLive(['claims.queued', 'claims.withdrawn', 'reviews.progress', 'verdicts.published'], () => {
    stats.reload();
    overdue.reload();
  });
  return (
    <section aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">Desk dashboard</h1>
        {can.exportCsv && (
          <div className="head-actions">
            <ExportButton path={exportPaths.stats()} fileName="desk-figures.csv" label="Export figures" />
            <ExportButton path={exportPaths.verdicts()} fileName="verdicts.csv" label="Export verdicts" />
          </div>
        )}
      </div>
      <AsyncView state={stats} what="Loading figures">
        {(data) => <Stats stats={data} />}
      </AsyncView>
      <section className="panel" aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue items</h2>
        <AsyncView state={overdue} what="Loading overdue items">
          {(page) => (page.items.length === 0 ? <Empty>Nothing is overdue.</Empty> : <ReviewList items={page.items} onChanged={overdue.reload} />)}
        </AsyncView>
      </section>
    </section>
  );
}
