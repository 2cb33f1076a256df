import { useTranslation } from 'react-i18next';
import type { ReviewVerdict } from '../../api/types';
import { RatingBadge } from '../../components/Badges';
import { PublicLink } from '../../components/PublicLink';
import { formatDateTime } from '../../lib/format';

export function VerdictCard({ verdict, publicUrl }: { verdict: ReviewVerdict; publicUrl?: string | null }) {
  const { t } = useTranslation('review');
  return (
    <section className="panel verdict-card" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">{verdict.verdictVersion > 1 ? t('verdict.titleVersion', { version: verdict.verdictVersion }) : t('verdict.title')}</h2>
      <div className="badges">
        <RatingBadge rating={verdict.rating} />
        <strong>{verdict.label}</strong>
      </div>
      <p className="verdict-summary">{verdict.summary}</p>
      <p className="verdict-explanation">{verdict.explanation}</p>
      {verdict.correctionNote && (
        <p className="notice">
          <strong>{t('verdict.correction')}</strong> {verdict.correctionNote}
        </p>
      )}
      {verdict.publishedAt && <PublicLink url={publicUrl} />}
      <dl className="facts">
        <dt>{t('verdict.researchedBy')}</dt>
        <dd>{verdict.researchedBy}</dd>
        <dt>{t('verdict.submitted')}</dt>
        <dd>{formatDateTime(verdict.submittedAt)}</dd>
        {verdict.approvedBy && (
          <>
            <dt>{t('verdict.approvedBy')}</dt>
            <dd>{verdict.approvedBy}</dd>
          </>
        )}
        {verdict.publishedAt && (
          <>
            <dt>{t('verdict.published')}</dt>
            <dd>{formatDateTime(verdict.publishedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
