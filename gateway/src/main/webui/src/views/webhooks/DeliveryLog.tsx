import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import { webhooksApi } from '../../api/webhooks';
import type { Delivery, DeliveryStatus, Webhook } from '../../api/types';
import { StatusBadge } from '../../components/Badges';
import { LoadMore } from '../../components/LoadMore';
import { AsyncView, Empty, ErrorBox } from '../../components/States';
import { eventTypeLabel, formatDateTime, statusLabel } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { usePagedList } from '../../lib/usePagedList';

const PAGE = 50;

const STATUSES: DeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/** "HTTP 503", the error of an attempt that got no answer, or a dash before the first attempt. */
function outcome(statusCode: number | null, error: string | null): string {
  if (statusCode !== null) return error ? i18n.t('webhooks:deliveries.httpError', { code: statusCode, error }) : `HTTP ${statusCode}`;
  return error ?? '—';
}

/** Every attempt to send a delivery and the exact body sent, read when the row is expanded. */
function DeliveryDetails({ webhookId, deliveryId, id }: { webhookId: string; deliveryId: string; id: string }) {
  const { t } = useTranslation('webhooks');
  const detail = useAsync(() => webhooksApi.delivery(webhookId, deliveryId), [webhookId, deliveryId]);
  return (
    <div id={id} className="delivery-details">
      <AsyncView state={detail} what={t('deliveries.loadingOne')}>
        {({ payload, attempts }) => (
          <>
            {attempts.length === 0 ? (
              <p className="muted">{t('deliveries.notAttempted')}</p>
            ) : (
              <table className="attempts">
                <caption>{t('deliveries.attempts')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('deliveries.when')}</th>
                    <th scope="col">{t('deliveries.result')}</th>
                    <th scope="col">{t('deliveries.duration')}</th>
                  </tr>
                </thead>
                <tbody>
                  {attempts.map((a, i) => (
                    <tr key={`${a.at}-${i}`}>
                      <td>{formatDateTime(a.at)}</td>
                      <td>{outcome(a.statusCode, a.error)}</td>
                      <td>{t('deliveries.ms', { ms: a.durationMs })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3 className="payload-title">{t('deliveries.payload')}</h3>
            <pre className="code" tabIndex={0} aria-label={t('deliveries.payload')}>
              {payload}
            </pre>
          </>
        )}
      </AsyncView>
    </div>
  );
}

function DeliveryRow({
  webhookId,
  delivery,
  onReplayed,
}: {
  webhookId: string;
  delivery: Delivery;
  onReplayed: (delivery: Delivery) => void;
}) {
  const { t } = useTranslation('webhooks');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const replay = () => {
    setBusy(true);
    setError(null);
    webhooksApi
      .replayDelivery(webhookId, delivery.id)
      .then(onReplayed)
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <li className="card delivery">
      <div className="card-main">
        <div className="badges">
          <StatusBadge value={delivery.status} />
          <strong>{eventTypeLabel(delivery.eventType)}</strong>
          <span>
            <Trans t={t} i18nKey="deliveries.claim" values={{ id: delivery.claimId.slice(0, 8) }} components={{ code: <code title={delivery.claimId} /> }} />
          </span>
        </div>
        <div className="meta">
          {t('deliveries.summary', { count: delivery.attempts, result: outcome(delivery.lastStatusCode, delivery.lastError) })}
        </div>
        <div className="meta">
          {[
            t('deliveries.created', { at: formatDateTime(delivery.createdAt) }),
            delivery.lastAttemptAt && t('deliveries.lastAttempt', { at: formatDateTime(delivery.lastAttemptAt) }),
            delivery.nextAttemptAt && t('deliveries.nextAttempt', { at: formatDateTime(delivery.nextAttemptAt) }),
            delivery.deliveredAt && t('deliveries.delivered', { at: formatDateTime(delivery.deliveredAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
        <div className="actions">
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? t('deliveries.hideDetails') : t('deliveries.details')}
          </button>
          <button type="button" className="btn btn-small" onClick={replay} disabled={busy}>
            {busy ? t('deliveries.replaying') : t('deliveries.replay')}
          </button>
        </div>
        <ErrorBox error={error} />
        {open && <DeliveryDetails webhookId={webhookId} deliveryId={delivery.id} id={id} />}
      </div>
    </li>
  );
}

/** What was sent to one endpoint, newest first, with a status filter, details and replay. */
export function DeliveryLog({ webhook, refresh }: { webhook: Webhook; refresh: number }) {
  const { t } = useTranslation(['webhooks', 'common']);
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const list = usePagedList(
    (after, limit) => webhooksApi.deliveries(webhook.id, { status, after, limit }),
    PAGE,
    [webhook.id, status, refresh],
  );
  const { state } = list;

  // The log opens below the list: take keyboard and screen-reader users to it.
  useEffect(() => heading.current?.focus(), [webhook.id]);

  const replayed = (delivery: Delivery) => {
    if (state.data) state.setData(state.data.map((d) => (d.id === delivery.id ? delivery : d)));
    setMessage(t('deliveries.replayed', { event: eventTypeLabel(delivery.eventType), claim: delivery.claimId.slice(0, 8) }));
  };

  return (
    <section className="delivery-log" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title" ref={heading} tabIndex={-1}>
        <Trans t={t} i18nKey="deliveries.title" values={{ url: webhook.url }} components={{ url: <span className="webhook-url" /> }} />
      </h2>
      <div className="filters">
        <label>
          {t('common:status')}
          <select
            value={status}
            onChange={(e) => {
              setMessage('');
              setStatus(e.target.value as DeliveryStatus | '');
            }}
          >
            <option value="">{t('deliveries.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="result" role="status" aria-live="polite">
        {message}
      </p>
      <AsyncView state={state} what={t('deliveries.loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{status ? t(`deliveries.none.${status}`) : t('deliveries.nothingSent')}</Empty>
          ) : (
            <>
              <ul className="cards deliveries">
                {items.map((d) => (
                  <DeliveryRow key={d.id} webhookId={webhook.id} delivery={d} onReplayed={replayed} />
                ))}
              </ul>
              <LoadMore list={list} label={t('deliveries.loadMore')} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
