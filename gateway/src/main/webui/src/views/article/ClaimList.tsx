import { useTranslation } from 'react-i18next';
import type { Claim } from '../../api/types';
import { ClaimBadge, PriorityBadge } from '../../components/Badges';

/** The claims already past suggestion, in document order. */
export function ClaimList({ claims, selectedId, onSelect }: { claims: Claim[]; selectedId: string | null; onSelect: (c: Claim) => void }) {
  const { t } = useTranslation('articles');
  const tracked = claims.filter((c) => c.status !== 'SUGGESTED' && c.status !== 'DISMISSED');
  return (
    <section className="panel" aria-labelledby="tracked-title">
      <h2 id="tracked-title">{t('tracked.title', { count: tracked.length })}</h2>
      {tracked.length === 0 ? (
        <p className="muted">{t('tracked.empty')}</p>
      ) : (
        <ul className="claim-list">
          {tracked.map((claim) => (
            <li key={claim.id} className={claim.id === selectedId ? 'selected' : undefined}>
              <button type="button" className="claim-row" onClick={() => onSelect(claim)} aria-pressed={claim.id === selectedId}>
                <span className="claim-row-text">{claim.text}</span>
                <span className="claim-row-meta">
                  <ClaimBadge claim={claim} />
                  {claim.start === null && <span className="badge detached">{t('tracked.detached')}</span>}
                  {claim.status !== 'VERDICT' && claim.status !== 'WITHDRAWN' && <PriorityBadge priority={claim.priority} />}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
