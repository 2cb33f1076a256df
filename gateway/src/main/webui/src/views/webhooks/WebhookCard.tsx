import { useId, useState, type FormEvent } from 'react';
import { webhooksApi } from '../../api/webhooks';
import type { RotatedSecret, Webhook, WebhookInput } from '../../api/types';
import { ErrorBox } from '../../components/States';
import { eventTypeLabel, formatDateTime, localInputToIso } from '../../lib/format';
import { EndpointForm } from './EndpointForm';
import { SecretBox } from './SecretBox';

type Mode = 'view' | 'edit' | 'delete' | 'rotate';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whether the endpoint is sent to, in words (never by colour alone), and why not when it is not. */
export function WebhookStatus({ webhook }: { webhook: Webhook }) {
  if (webhook.enabled) return <span className="badge webhook-active">Active</span>;
  return (
    <>
      <span className="badge webhook-disabled">Disabled</span>{' '}
      <span className="disabled-reason">
        {webhook.disabledAt ? `since ${formatDateTime(webhook.disabledAt)}` : ''}
        {webhook.disabledReason ? `${webhook.disabledAt ? ': ' : ''}${webhook.disabledReason}` : ''}
      </span>
    </>
  );
}

interface Props {
  webhook: Webhook;
  /** Whether its delivery log is the one shown. */
  selected: boolean;
  onSelect: () => void;
  /** The service's answer to a change of this endpoint. */
  onChanged: (webhook: Webhook) => void;
  onDeleted: () => void;
  /** A new secret: the list has its new rotation times. */
  onRotated: () => void;
  /** Deliveries were queued again: the list's figures and the delivery log changed. */
  onRequeued: () => void;
}

/** One endpoint: what it is sent, how its deliveries go, and what an admin can do with it. */
export function WebhookCard({ webhook, selected, onSelect, onChanged, onDeleted, onRotated, onRequeued }: Props) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [rotated, setRotated] = useState<RotatedSecret | null>(null);
  const [since, setSince] = useState('');

  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setMessage('');
    action()
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const input = (): WebhookInput => ({ url: webhook.url, description: webhook.description, eventTypes: webhook.eventTypes });

  const save = (changed: WebhookInput) =>
    webhooksApi.update(webhook.id, { ...changed, enabled: webhook.enabled }).then((updated) => {
      setMode('view');
      setMessage('Changes saved.');
      onChanged(updated);
    });
  const toggle = () =>
    run(() =>
      webhooksApi.update(webhook.id, { ...input(), enabled: !webhook.enabled }).then((updated) => {
        setMessage(
          updated.enabled
            ? 'Enabled. Deliveries held meanwhile go out in order.'
            : 'Disabled. Deliveries are held until the endpoint is enabled again.',
        );
        onChanged(updated);
      }),
    );
  const rotate = () =>
    run(() =>
      webhooksApi.rotateSecret(webhook.id).then((done) => {
        setMode('view');
        setRotated(done);
        setMessage('Secret rotated. Copy the new one now; it is not shown again.');
        onRotated();
      }),
    );
  const remove = () => run(() => webhooksApi.remove(webhook.id).then(onDeleted));
  const replay = (event: FormEvent) => {
    event.preventDefault();
    const iso = localInputToIso(since);
    if (!iso) {
      setError(new Error('Choose the time to replay deliveries from.'));
      return;
    }
    run(() =>
      webhooksApi.replaySince(webhook.id, iso).then(({ requeued }) => {
        setMessage(`${plural(requeued, 'delivery', 'deliveries')} queued again.`);
        onRequeued();
      }),
    );
  };

  const signsUntil = webhook.previousSecretExpiresAt && new Date(webhook.previousSecretExpiresAt) > new Date();
  return (
    <article className={`card webhook${webhook.enabled ? '' : ' is-disabled'}`} aria-labelledby={`${id}-url`}>
      <div className="card-main">
        <h3 id={`${id}-url`} className="card-title webhook-url">
          {webhook.url}
        </h3>
        {webhook.description && <p className="webhook-description">{webhook.description}</p>}
        <div className="badges">
          <WebhookStatus webhook={webhook} />
        </div>
        <dl className="webhook-facts">
          <dt>Events</dt>
          <dd>{webhook.eventTypes.map(eventTypeLabel).join(', ')}</dd>
          <dt>Pending</dt>
          <dd>{webhook.pendingDeliveries}</dd>
          <dt>Failed</dt>
          <dd>{webhook.failedDeliveries}</dd>
          <dt>Last delivered</dt>
          <dd>{formatDateTime(webhook.lastDeliveredAt)}</dd>
          {webhook.consecutiveFailures > 0 && (
            <>
              <dt>Failures in a row</dt>
              <dd>{webhook.consecutiveFailures}</dd>
            </>
          )}
        </dl>
        <div className="meta">
          Added by {webhook.createdBy} {formatDateTime(webhook.createdAt)}
          {webhook.secretRotatedAt ? ` · secret rotated ${formatDateTime(webhook.secretRotatedAt)}` : ''}
          {signsUntil ? ` · previous secret signs until ${formatDateTime(webhook.previousSecretExpiresAt)}` : ''}
        </div>

        {mode === 'edit' ? (
          <EndpointForm
            title="Edit endpoint"
            level={4}
            submitLabel="Save changes"
            initial={input()}
            onSubmit={save}
            onCancel={() => setMode('view')}
          />
        ) : (
          <div className="actions">
            <button type="button" className="btn btn-small" aria-pressed={selected} onClick={onSelect}>
              Deliveries
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('edit')} disabled={busy}>
              Edit
            </button>
            <button type="button" className="btn btn-small" onClick={toggle} disabled={busy}>
              {webhook.enabled ? 'Disable' : 'Enable'}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('rotate')} disabled={busy}>
              Rotate secret
            </button>
            <button type="button" className="btn btn-small btn-danger" onClick={() => setMode('delete')} disabled={busy}>
              Delete
            </button>
          </div>
        )}

        {mode === 'rotate' && (
          <div className="confirm" role="group" aria-label="Confirm rotation">
            <p>Rotate the signing secret? The current one keeps signing beside the new one for a while.</p>
            <button type="button" className="btn btn-small btn-primary" onClick={rotate} disabled={busy}>
              Rotate now
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('view')} disabled={busy}>
              Cancel
            </button>
          </div>
        )}
        {mode === 'delete' && (
          <div className="confirm" role="group" aria-label="Confirm deletion">
            <p>Delete this endpoint? Nothing more is sent to it.</p>
            <button type="button" className="btn btn-small btn-danger" onClick={remove} disabled={busy}>
              Delete endpoint
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('view')} disabled={busy}>
              Cancel
            </button>
          </div>
        )}

        <form className="replay-since" onSubmit={replay}>
          <label>
            Replay deliveries since
            <input type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} required />
          </label>
          <button type="submit" className="btn btn-small" disabled={busy}>
            Replay since
          </button>
        </form>

        <p className="result" role="status" aria-live="polite">
          {message}
        </p>
        <ErrorBox error={error} />
        {rotated && (
          <SecretBox
            secret={rotated.secret}
            url={webhook.url}
            previousExpiresAt={rotated.previousSecretExpiresAt}
            level={4}
            onDismiss={() => setRotated(null)}
          />
        )}
      </div>
    </article>
  );
}
