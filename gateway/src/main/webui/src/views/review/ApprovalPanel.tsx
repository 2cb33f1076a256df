import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { reviewsApi, type VerdictInput } from '../../api/reviews';
import type { Review } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorBox } from '../../components/States';
import { offers } from '../../lib/transitions';
import { VerdictFields } from './VerdictFields';

/** Approver's side: approve or send back a submitted verdict; propose, approve or reject a correction. */
export function ApprovalPanel({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation(['review', 'common']);
  const { me } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [correction, setCorrection] = useState<VerdictInput & { correctionNote: string }>(() => ({
    rating: review.verdict?.rating ?? 'UNPROVEN',
    label: review.verdict?.label ?? '',
    summary: review.verdict?.summary ?? '',
    explanation: review.verdict?.explanation ?? '',
    correctionNote: '',
  }));

  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .then(() => {
        setSendingBack(false);
        setCorrecting(false);
        onDone();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  const ownWork = review.verdict?.researchedBy === me.username;
  const canDecide = (offers(review, 'approve') || offers(review, 'requestChanges')) && review.state === 'SUBMITTED';
  const canCorrect = offers(review, 'correct');
  const pending = review.pendingCorrection ?? null;
  // Four-eyes on corrections: neither the proposer nor the researcher approves one.
  const mayApproveCorrection = pending !== null && pending.proposedBy !== me.username && !ownWork;
  if (!canDecide && !canCorrect) return null;

  return (
    <section className="panel approval" aria-labelledby="approval-title">
      <h2 id="approval-title">{canDecide ? t('approval.title') : t('approval.correctionTitle')}</h2>
      {canDecide && ownWork && <p className="notice">{t('approval.ownWork')}</p>}
      {canDecide && !ownWork && !sendingBack && (
        <div className="actions">
          {offers(review, 'approve') && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act(() => reviewsApi.approve(review))}>
              {t('approval.approve')}
            </button>
          )}
          {offers(review, 'requestChanges') && (
            <button type="button" className="btn" onClick={() => setSendingBack(true)}>
              {t('approval.requestChanges')}
            </button>
          )}
        </div>
      )}
      {sendingBack && (
        <form
          className="form-tight"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            act(() => reviewsApi.requestChanges(review, reason.trim()));
          }}
        >
          <label className="field">
            {t('approval.whatToChange')}
            <textarea required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy || !reason.trim()}>
              {t('approval.sendBack')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setSendingBack(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
      {canCorrect && pending && (
        <div className="verdict-box" data-testid="pending-correction">
          <p>
            <Trans
              t={t}
              i18nKey="approval.proposed"
              values={{ name: pending.proposedBy, label: pending.label }}
              components={{ strong: <strong /> }}
            />
          </p>
          <p>{pending.correctionNote}</p>
          {!mayApproveCorrection && <p className="notice">{t('approval.fourEyes')}</p>}
          <div className="actions">
            {mayApproveCorrection && (
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act(() => reviewsApi.decideCorrection(review, pending.id, 'approve'))}>
                {t('approval.approveCorrection')}
              </button>
            )}
            <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => act(() => reviewsApi.decideCorrection(review, pending.id, 'reject'))}>
              {pending.proposedBy === me.username ? t('approval.withdrawProposal') : t('approval.reject')}
            </button>
          </div>
        </div>
      )}
      {canCorrect && !pending && !correcting && (
        <div className="actions">
          <button type="button" className="btn" onClick={() => setCorrecting(true)}>
            {t('approval.proposeCorrection')}
          </button>
        </div>
      )}
      {correcting && (
        <form
          className="form-tight"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            act(() => reviewsApi.proposeCorrection(review, correction));
          }}
        >
          <label className="field">
            {t('approval.correctionNote')}
            <textarea
              required
              rows={2}
              value={correction.correctionNote}
              onChange={(e) => setCorrection((c) => ({ ...c, correctionNote: e.target.value }))}
            />
          </label>
          <VerdictFields value={correction} onChange={(v) => setCorrection((c) => ({ ...c, ...v }))} />
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('approval.propose')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setCorrecting(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
