import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { webhooksApi } from '../../api/webhooks';
import type { RotatedSecret, Webhook, WebhookInput } from '../../api/types';
import { ErrorBox } from '../../components/States';
import { eventTypeLabel, formatDateTime, localInputToIso } from '../../lib/format';
import { EndpointForm } from './EndpointForm';
import { SecretBox } from './SecretBox';

type Mode = 'view' | 'edit' | 'delete' | 'rotate';

/** Whether the endpoint is sent to, in words (never by colour alone), and why not when it is not. */
export function WebhookStatus({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('webhooks');
  if (webhook.enabled) return <span className="badge webhook-active">{t('card.active')}</span>;
  const since = webhook.disabledAt ? t('card.since', { at: formatDateTime(webhook.disabledAt) }) : '';
  return (
    <>
      <span className="badge webhook-disabled">{t('card.disabled')}</span>{' '}
      <span className="disabled-reason">
        {since && webhook.disabledReason ? t('card.sinceBecause', { since, reason: webhook.disabledReason }) : since || webhook.disabledReason}
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
  const { t } = useTranslation(['webhooks', 'common']);
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
      setMessage(t('card.saved'));
      onChanged(updated);
    });
  const toggle = () =>
    run(() =>
      webhooksApi.update(webhook.id, { ...input(), enabled: !webhook.enabled }).then((updated) => {
        setMessage(updated.enabled ? t('card.enabledMessage') : t('card.disabledMessage'));
        onChanged(updated);
      }),
    );
  const rotate = () =>
    run(() =>
      webhooksApi.rotateSecret(webhook.id).then((done) => {
        setMode('view');
        setRotated(done);
        setMessage(t('card.rotatedMessage'));
        onRotated();
      }),
    );
  const remove = () => run(() => webhooksApi.remove(webhook.id).then(onDeleted));
  const replay = (event: FormEvent) => {
    event.preventDefault();
    const iso = localInputToIso(since);
    if (!iso) {
      setError(new Error(t('card.chooseTime')));
      return;
    }
    run(() =>
      webhooksApi.replaySince(webhook.id, iso).then(({ requeued }) => {
        setMessage(t('card.requeued', { count: requeued }));
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
          <dt>{t('card.events')}</dt>
          <dd>{webhook.eventTypes.map(eventTypeLabel).join(', ')}</dd>
          <dt>{t('card.pending')}</dt>
          <dd>{webhook.pendingDeliveries}</dd>
          <dt>{t('card.failed')}</dt>
          <dd>{webhook.failedDeliveries}</dd>
          <dt>{t('card.lastDelivered')}</dt>
          <dd>{formatDateTime(webhook.lastDeliveredAt)}</dd>
          {webhook.consecutiveFailures > 0 && (
            <>
              <dt>{t('card.failuresInARow')}</dt>
              <dd>{webhook.consecutiveFailures}</dd>
            </>
          )}
        </dl>
        <div className="meta">
          {[
            t('card.addedBy', { name: webhook.createdBy, at: formatDateTime(webhook.createdAt) }),
            webhook.secretRotatedAt && t('card.rotated', { at: formatDateTime(webhook.secretRotatedAt) }),
            signsUntil && t('card.previousSigns', { at: formatDateTime(webhook.previousSecretExpiresAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>

        {mode === 'edit' ? (
          <EndpointForm
            title={t('card.editTitle')}
            level={4}
            submitLabel={t('common:saveChanges')}
            initial={input()}
            onSubmit={save}
            onCancel={() => setMode('view')}
          />
        ) : (
          <div className="actions">
            <button type="button" className="btn btn-small" aria-pressed={selected} onClick={onSelect}>
              {t('card.deliveries')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('edit')} disabled={busy}>
              {t('common:edit')}
            </button>
            <button type="button" className="btn btn-small" onClick={toggle} disabled={busy}>
              {webhook.enabled ? t('card.disable') : t('card.enable')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('rotate')} disabled={busy}>
              {t('card.rotate')}
            </button>
            <button type="button" className="btn btn-small btn-danger" onClick={() => setMode('delete')} disabled={busy}>
              {t('common:delete')}
            </button>
          </div>
        )}

        {mode === 'rotate' && (
          <div className="confirm" role="group" aria-label={t('card.confirmRotation')}>
            <p>{t('card.rotateQuestion')}</p>
            <button type="button" className="btn btn-small btn-primary" onClick={rotate} disabled={busy}>
              {t('card.rotateNow')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('view')} disabled={busy}>
              {t('common:cancel')}
            </button>
          </div>
        )}
        {mode === 'delete' && (
          <div className="confirm" role="group" aria-label={t('card.confirmDeletion')}>
            <p>{t('card.deleteQuestion')}</p>
            <button type="button" className="btn btn-small btn-danger" onClick={remove} disabled={busy}>
              {t('card.deleteEndpoint')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setMode('view')} disabled={busy}>
              {t('common:cancel')}
            </button>
          </div>
        )}

        <form className="replay-since" onSubmit={replay}>
          <label>
            {t('card.replaySince')}
            <input type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} required />
          </label>
          <button type="submit" className="btn btn-small" disabled={busy}>
            {t('card.replaySinceButton')}
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
