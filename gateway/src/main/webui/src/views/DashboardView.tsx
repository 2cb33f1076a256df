import { useTranslation } from 'react-i18next';
import { exportPaths, reviewsApi } from '../api/reviews';
import { useSession } from '../auth/session';
import { ExportButton } from '../components/ExportButton';
import type { ReviewStats } from '../api/types';
import { AsyncView, Empty } from '../components/States';
import { useLive } from '../live/live';
import { formatDuration, formatNumber, ratingLabel, REVIEW_STATES, statusLabel } from '../lib/format';
import { useAsync } from '../lib/useAsync';
import { ReviewList } from './ReviewList';

/** Horizontal bars drawn in SVG: sizes are attributes, so no inline style is needed under the CSP. */
function Bars({ rows, label, tone }: { rows: { key: string; name: string; value: number; text?: string }[]; label: string; tone: (key: string) => string }) {
  const { t } = useTranslation('dashboard');
  const max = Math.max(1, ...rows.map((r) => r.value));
  if (rows.length === 0) return <p className="muted">{t('noData')}</p>;
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
            <td className="num">{row.text ?? formatNumber(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/_/g, '-');

function Stats({ stats }: { stats: ReviewStats }) {
  const { t } = useTranslation('dashboard');
  const counts = REVIEW_STATES.map((s) => ({ key: s, name: statusLabel(s), value: stats.countsByState?.[s] ?? 0 }));
  const medians = Object.entries(stats.medianSecondsInState ?? {}).map(([stage, seconds]) => ({
    key: stage,
    name: statusLabel(stage),
    value: seconds ?? 0,
    text: formatDuration(seconds),
  }));
  const mix = Object.entries(stats.verdictMix ?? {}).map(([rating, n]) => ({ key: rating, name: ratingLabel(rating), value: n }));
  const load = Object.entries(stats.reviewerLoad ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([who, n]) => ({ key: who, name: who, value: n }));
  const published = (stats.countsByState?.PUBLISHED ?? 0) + (stats.countsByState?.CORRECTED ?? 0);
  const open = counts.filter((c) => !['PUBLISHED', 'CORRECTED', 'WITHDRAWN'].includes(c.key)).reduce((sum, c) => sum + c.value, 0);

  return (
    <>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi-value">{formatNumber(open)}</span>
          <span className="kpi-label">{t('kpi.open', { count: open })}</span>
        </div>
        <div className={`kpi${stats.overdue > 0 ? ' kpi-alert' : ''}`}>
          <span className="kpi-value">{formatNumber(stats.overdue)}</span>
          <span className="kpi-label">{t('kpi.overdue', { count: stats.overdue })}</span>
        </div>
        <div className="kpi">
          <span className="kpi-value">{formatNumber(published)}</span>
          <span className="kpi-label">{t('kpi.published', { count: published })}</span>
        </div>
      </div>
      <div className="grid-2">
        <section className="panel" aria-labelledby="by-state">
          <h2 id="by-state">{t('byState')}</h2>
          <Bars rows={counts} label={t('byState')} tone={(k) => `fill-state-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="median">
          <h2 id="median">{t('median')}</h2>
          <Bars rows={medians} label={t('median')} tone={(k) => `fill-state-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="mix">
          <h2 id="mix">{t('mix')}</h2>
          <Bars rows={mix} label={t('mix')} tone={(k) => `fill-rating-${slug(k)}`} />
        </section>
        <section className="panel" aria-labelledby="load">
          <h2 id="load">{t('load')}</h2>
          <Bars rows={load} label={t('loadLabel')} tone={() => 'fill-load'} />
        </section>
      </div>
    </>
  );
}

export function DashboardView() {
  const { t } = useTranslation('dashboard');
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
        <h1 id="dashboard-title">{t('title')}</h1>
        {can.exportCsv && (
          <div className="head-actions">
            <ExportButton path={exportPaths.stats()} fileName="desk-figures.csv" label={t('exportFigures')} />
            <ExportButton path={exportPaths.verdicts()} fileName="verdicts.csv" label={t('exportVerdicts')} />
          </div>
        )}
      </div>
      <AsyncView state={stats} what={t('loadingFigures')}>
        {(data) => <Stats stats={data} />}
      </AsyncView>
      <section className="panel" aria-labelledby="overdue-title">
        <h2 id="overdue-title">{t('overdueTitle')}</h2>
        <AsyncView state={overdue} what={t('loadingOverdue')}>
          {(page) => (page.items.length === 0 ? <Empty>{t('noneOverdue')}</Empty> : <ReviewList items={page.items} onChanged={overdue.reload} />)}
        </AsyncView>
      </section>
    </section>
  );
}
