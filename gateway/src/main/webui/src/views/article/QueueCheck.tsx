import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../../api/articles';
import type { Claim, ClaimMatch } from '../../api/types';
import { RatingBadge } from '../../components/Badges';
import { OtherFactCheck } from '../../components/OtherFactCheck';
import { ErrorBox, Loading } from '../../components/States';
import { percent } from '../../lib/format';
import { Link } from '../../lib/router';

interface Props {
  claims: Claim[];
  onConfirm: (claims: Claim[]) => Promise<void>;
  onCancel: () => void;
}

/**
 * The step before queueing: earlier checks of similar claims are offered, so the desk does not research
 * the same claim twice. The editor can drop any claim that is already covered.
 */
export function QueueCheck({ claims, onConfirm, onCancel }: Props) {
  const { t } = useTranslation(['articles', 'common']);
  const [matches, setMatches] = useState<Record<string, ClaimMatch[]> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    Promise.all(claims.map((c) => articlesApi.matches(c).then((found) => [c.id, found] as const)))
      .then((pairs) => current && setMatches(Object.fromEntries(pairs)))
      .catch((e) => current && setError(e));
    return () => {
      current = false;
    };
  }, [claims]);

  const toQueue = claims.filter((c) => !skip.has(c.id));
  const confirm = () => {
    setBusy(true);
    setError(null);
    onConfirm(toQueue).catch((e) => {
      setError(e);
      setBusy(false);
    });
  };
  const toggle = (id: string) =>
    setSkip((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const withMatches = matches ? claims.filter((c) => (matches[c.id] ?? []).length > 0) : [];

  return (
    <section className="panel queue-check" aria-labelledby="queue-check-title" aria-live="polite">
      <h2 id="queue-check-title">{t('check.title')}</h2>
      {!matches && !error && <Loading what={t('check.looking')} />}
      {matches && withMatches.length === 0 && <p className="muted">{t('check.none')}</p>}
      {matches &&
        withMatches.map((claim) => (
          <div key={claim.id} className="match-group">
            <p className="match-claim">{claim.text}</p>
            <ul className="matches">
              {matches[claim.id].map((m) => (
                <li key={m.imported ? m.imported.url : m.claimId}>
                  <span className="similarity">{t('check.similar', { score: percent(m.similarity) })}</span>
                  {m.imported ? (
                    <OtherFactCheck fact={m.imported} />
                  ) : (
                    <>
                      {m.verdict ? <RatingBadge rating={m.verdict.rating} /> : <span className="badge">{t('check.noVerdict')}</span>}
                      <span className="match-text">{m.text}</span>
                      <Link href={`/articles/${m.articleId}`} className="match-source">
                        {m.articleTitle}
                      </Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <label className="checkbox">
              <input type="checkbox" checked={!skip.has(claim.id)} onChange={() => toggle(claim.id)} />
              {t('check.queueAnyway')}
            </label>
          </div>
        ))}
      <ErrorBox error={error} />
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={confirm} disabled={busy || toQueue.length === 0 || (!matches && !error)}>
          {busy ? t('check.queueing') : t('check.queue', { count: toQueue.length })}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
          {t('common:cancel')}
        </button>
      </div>
    </section>
  );
}
