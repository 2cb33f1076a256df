import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../../api/articles';
import { reviewsApi } from '../../api/reviews';
import type { Claim, Priority } from '../../api/types';
import { useSession } from '../../auth/session';
import { ClaimBadge, PriorityBadge, RatingBadge } from '../../components/Badges';
import { PublicLink } from '../../components/PublicLink';
import { ErrorBox } from '../../components/States';
import { formatDateTime, isoToLocalInput, localInputToIso, percent, priorityLabel, PRIORITIES } from '../../lib/format';
import { navigate } from '../../lib/router';
import { QueueCheck } from './QueueCheck';

interface Props {
  claim: Claim;
  onChanged: () => void;
  onClose: () => void;
}

const IN_DESK = new Set(['QUEUED', 'IN_REVIEW']);

export function ClaimPanel({ claim, onChanged, onClose }: Props) {
  const { t } = useTranslation(['articles', 'common']);
  const { can } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(claim.text);
  const [priority, setPriority] = useState<Priority>(claim.priority);
  const [due, setDue] = useState(isoToLocalInput(claim.dueAt));
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [checking, setChecking] = useState(false);

  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .then(() => {
        setEditing(false);
        setWithdrawing(false);
        onChanged();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  const saveText = (event: FormEvent) => {
    event.preventDefault();
    act(() => articlesApi.updateClaim(claim, { text: text.trim() }));
  };
  const saveScheduling = (event: FormEvent) => {
    event.preventDefault();
    act(() => articlesApi.updateClaim(claim, { priority, dueAt: localInputToIso(due) }));
  };
  const withdraw = (event: FormEvent) => {
    event.preventDefault();
    act(() => articlesApi.withdraw(claim, reason.trim()));
  };
  const openReview = () => {
    setError(null);
    reviewsApi
      .byClaim(claim.id)
      .then((review) => navigate(`/reviews/${review.id}`))
      .catch(setError);
  };

  return (
    <section className="panel claim-panel" aria-labelledby="claim-panel-title">
      <div className="panel-head">
        <h2 id="claim-panel-title">{t('panel.title')}</h2>
        <button type="button" className="btn btn-ghost btn-small" onClick={onClose} aria-label={t('panel.close')}>
          ✕
        </button>
      </div>
      <div className="badges">
        <ClaimBadge claim={claim} />
        {claim.start === null && <span className="badge detached">{t('tracked.detached')}</span>}
        {claim.status !== 'SUGGESTED' && <PriorityBadge priority={claim.priority} />}
        <span className="badge">{claim.origin === 'EDITOR' ? t('panel.addedByEditor') : t('panel.detected', { score: percent(claim.score) })}</span>
      </div>
      {editing ? (
        <form onSubmit={saveText} className="form-tight">
          <label className="field">
            {t('panel.wording')}
            <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} required />
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              {t('common:save')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : (
        <blockquote className="quote">{claim.text}</blockquote>
      )}
      {claim.text !== claim.originalText && !editing && <p className="meta">{t('panel.articleWording', { text: claim.originalText })}</p>}
      {claim.reasons.length > 0 && (
        <ul className="reasons" aria-label={t('whySuggested')}>
          {claim.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {claim.dueAt && <p className="meta">{t('panel.due', { at: formatDateTime(claim.dueAt) })}</p>}
      {claim.verdict && (
        <div className="verdict-box" data-testid="claim-verdict">
          <div className="badges">
            <RatingBadge rating={claim.verdict.rating} />
            <strong>{claim.verdict.label}</strong>
          </div>
          <p>{claim.verdict.summary}</p>
          <p className="meta">
            {t('panel.published', { at: formatDateTime(claim.verdict.publishedAt) })}
            {claim.verdict.verdictVersion > 1 && ` · ${t('panel.correctedVersion', { version: claim.verdict.verdictVersion })}`}
          </p>
          <PublicLink url={claim.verdict.reviewUrl} />
        </div>
      )}
      <ErrorBox error={error} />
      {can.editArticles && claim.status === 'SUGGESTED' && !editing && !checking && (
        <div className="actions">
          <button type="button" className="btn btn-primary btn-small" onClick={() => setChecking(true)}>
            {t('panel.queue')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('panel.editWording')}
          </button>
          <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={() => act(() => articlesApi.dismiss(claim))}>
            {t('common:dismiss')}
          </button>
        </div>
      )}
      {checking && (
        <>
          {/* Chosen before queueing: the review desk takes priority and due time from the queued claim only. */}
          <div className="scheduling">
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
          </div>
          <QueueCheck
            claims={[claim]}
            onCancel={() => setChecking(false)}
            onConfirm={async (claims) => {
              await articlesApi.queue(claim.articleId, claims, priority, localInputToIso(due));
              setChecking(false);
              onChanged();
            }}
          />
        </>
      )}
      {can.editArticles && IN_DESK.has(claim.status) && (
        <form className="scheduling" onSubmit={saveScheduling}>
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
          <button type="submit" className="btn btn-small" disabled={busy}>
            {t('panel.update')}
          </button>
        </form>
      )}
      {can.editArticles && IN_DESK.has(claim.status) && !withdrawing && (
        <div className="actions">
          <button type="button" className="btn btn-danger btn-small" onClick={() => setWithdrawing(true)}>
            {t('panel.withdraw')}
          </button>
        </div>
      )}
      {withdrawing && (
        <form onSubmit={withdraw} className="form-tight">
          <label className="field">
            {t('panel.withdrawReason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-danger btn-small" disabled={busy}>
              {t('panel.withdrawClaim')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setWithdrawing(false)}>
              {t('panel.keep')}
            </button>
          </div>
        </form>
      )}
      {(IN_DESK.has(claim.status) || claim.status === 'VERDICT') && (
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={openReview}>
            {t('panel.openReview')}
          </button>
        </div>
      )}
    </section>
  );
}
