import type { ReviewVerdict } from '../../api/types';
import { RatingBadge } from '../../components/Badges';
import { PublicLink } from '../../components/PublicLink';
import { formatDateTime } from '../../lib/format';

export function VerdictCard({ verdict, publicUrl }: { verdict: ReviewVerdict; publicUrl?: string | null }) {
  return (
    <section className="panel verdict-card" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">Verdict{verdict.verdictVersion > 1 ? ` (version ${verdict.verdictVersion})` : ''}</h2>
      <div className="badges">
        <RatingBadge rating={verdict.rating} />
        <strong>{verdict.label}</strong>
      </div>
      <p className="verdict-summary">{verdict.summary}</p>
      <p className="verdict-explanation">{verdict.explanation}</p>
      {verdict.correctionNote && (
        <p className="notice">
          <strong>Correction:</strong> {verdict.correctionNote}
        </p>
      )}
      {verdict.publishedAt && <PublicLink url={publicUrl} />}
      <dl className="facts">
        <dt>Researched by</dt>
        <dd>{verdict.researchedBy}</dd>
        <dt>Submitted</dt>
        <dd>{formatDateTime(verdict.submittedAt)}</dd>
        {verdict.approvedBy && (
          <>
            <dt>Approved by</dt>
            <dd>{verdict.approvedBy}</dd>
          </>
        )}
        {verdict.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>{formatDateTime(verdict.publishedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
