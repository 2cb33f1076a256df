import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../../api/reviews';
import { AsyncView } from '../../components/States';
import { auditActionLabel, formatDateTime, statusLabel } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

/** Who did what to this item, oldest first. */
export function AuditTrail({ reviewId, refreshKey }: { reviewId: string; refreshKey: string }) {
  const { t } = useTranslation('review');
  const state = useAsync(() => reviewsApi.audit(reviewId), [reviewId, refreshKey]);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <AsyncView state={state} what={t('history.loading')}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="muted">{t('history.empty')}</p>
          ) : (
            <ol className="timeline">
              {entries.map((entry, i) => (
                <li key={`${entry.at}-${i}`}>
                  <span className="meta">{formatDateTime(entry.at)}</span> <strong>{entry.actor}</strong>
                  {entry.actingAs && <span className="meta"> {t('history.actingAs', { role: entry.actingAs })}</span>}{' '}
                  {auditActionLabel(entry.action)}
                  {entry.from && entry.to && entry.from !== entry.to && (
                    <span className="meta">
                      {' '}
                      {t('history.transition', { from: statusLabel(entry.from), to: statusLabel(entry.to) })}
                    </span>
                  )}
                  {entry.reason && <p className="note-text">{entry.reason}</p>}
                </li>
              ))}
            </ol>
          )
        }
      </AsyncView>
    </section>
  );
}
