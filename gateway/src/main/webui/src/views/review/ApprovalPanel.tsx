import { useState, type FormEvent } from 'react';
import { reviewsApi, type VerdictInput } from '../../api/reviews';
import type { Review } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorBox } from '../../components/States';
import { offers } from '../../lib/transitions';
import { VerdictFields } from './VerdictFields';

/** Approver's side: approve or send back a submitted verdict; propose, approve or reject a correction. */
export function ApprovalPanel({ review, onDone }: { review: Review; onDone: () => void }) {
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
      <h2 id="approval-title">{canDecide ? 'Approval' : 'Correction'}</h2>
      {canDecide && ownWork && <p className="notice">You researched this verdict; another editor has to approve it.</p>}
      {canDecide && !ownWork && !sendingBack && (
        <div className="actions">
          {offers(review, 'approve') && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act(() => reviewsApi.approve(review))}>
              Approve and publish
            </button>
          )}
          {offers(review, 'requestChanges') && (
            <button type="button" className="btn" onClick={() => setSendingBack(true)}>
              Request changes
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
            What needs to change?
            <textarea required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy || !reason.trim()}>
              Send back to researcher
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setSendingBack(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {canCorrect && pending && (
        <div className="verdict-box" data-testid="pending-correction">
          <p>
            <strong>Proposed correction</strong> by {pending.proposedBy}: {pending.label}
          </p>
          <p>{pending.correctionNote}</p>
          {!mayApproveCorrection && <p className="notice">Another editor, who neither proposed it nor researched the verdict, has to approve it.</p>}
          <div className="actions">
            {mayApproveCorrection && (
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act(() => reviewsApi.decideCorrection(review, pending.id, 'approve'))}>
                Approve and publish correction
              </button>
            )}
            <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => act(() => reviewsApi.decideCorrection(review, pending.id, 'reject'))}>
              {pending.proposedBy === me.username ? 'Withdraw proposal' : 'Reject'}
            </button>
          </div>
        </div>
      )}
      {canCorrect && !pending && !correcting && (
        <div className="actions">
          <button type="button" className="btn" onClick={() => setCorrecting(true)}>
            Propose a correction
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
            Correction note shown to readers
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
              Propose correction
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setCorrecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
