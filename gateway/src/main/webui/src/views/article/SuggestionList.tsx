import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../../api/articles';
import type { Article, Claim, Priority } from '../../api/types';
import { useSession } from '../../auth/session';
import { localInputToIso, percent, priorityLabel, PRIORITIES } from '../../lib/format';
import { QueueCheck } from './QueueCheck';

interface Props {
  article: Article;
  selectedId: string | null;
  onSelect: (claim: Claim) => void;
  onQueued: () => void;
}

/** Suggested claims, most check-worthy first, with the detector's reasons and bulk queueing. */
export function SuggestionList({ article, selectedId, onSelect, onQueued }: Props) {
  const { t } = useTranslation(['articles', 'common']);
  const { can } = useSession();
  const suggestions = useMemo(
    () => article.claims.filter((c) => c.status === 'SUGGESTED').sort((a, b) => (b.score ?? 0) - (a.score ?? 0)),
    [article.claims],
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [priority, setPriority] = useState<Priority>('NORMAL');
  const [due, setDue] = useState('');
  const [checking, setChecking] = useState<Claim[] | null>(null);

  // Selection survives refetches only for claims that are still suggestions.
  const picked = suggestions.filter((c) => chosen.has(c.id));

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const queue = async (claims: Claim[]) => {
    await articlesApi.queue(article.id, claims, priority, localInputToIso(due));
    setChecking(null);
    setChosen(new Set());
    onQueued();
  };

  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggestions.title', { count: suggestions.length })}</h2>
      {suggestions.length === 0 ? (
        <p className="muted">
          {t('suggestions.empty')}
          {can.editArticles && ` ${t('suggestions.selectText')}`}
        </p>
      ) : (
        <>
          {can.editArticles && (
            <div className="bulk">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={picked.length === suggestions.length}
                  onChange={() => setChosen(picked.length === suggestions.length ? new Set() : new Set(suggestions.map((c) => c.id)))}
                />
                {t('common:selectAll')}
              </label>
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
              <label>
                {t('common:due')}
                <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
              </label>
              <button type="button" className="btn btn-primary" disabled={picked.length === 0 || !!checking} onClick={() => setChecking(picked)}>
                {t('suggestions.queueSelected', { count: picked.length })}
              </button>
            </div>
          )}
          {checking && <QueueCheck claims={checking} onConfirm={queue} onCancel={() => setChecking(null)} />}
          <ol className="suggestions">
            {suggestions.map((claim, rank) => (
              <li key={claim.id} className={claim.id === selectedId ? 'selected' : undefined}>
                {can.editArticles && (
                  <input
                    type="checkbox"
                    className="pick"
                    aria-label={t('suggestions.pick', { rank: rank + 1 })}
                    checked={chosen.has(claim.id)}
                    onChange={() => toggle(claim.id)}
                  />
                )}
                <div className="suggestion">
                  <button type="button" className="claim-row" onClick={() => onSelect(claim)} aria-pressed={claim.id === selectedId}>
                    <span className="rank" aria-label={t('suggestions.rank', { rank: rank + 1 })}>
                      {rank + 1}
                    </span>
                    <span className="claim-row-text">{claim.text}</span>
                    <span className="score" title={t('checkWorthiness')}>
                      {percent(claim.score)}
                    </span>
                  </button>
                  {claim.reasons.length > 0 && (
                    <ul className="reasons" aria-label={t('whySuggested')}>
                      {claim.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
