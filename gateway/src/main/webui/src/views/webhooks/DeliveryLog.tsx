import { useEffect, useId, useRef, useState } from 'react';
import { webhooksApi } from '../../api/webhooks';
import type { Delivery, DeliveryStatus, Webhook } from '../../api/types';
import { StatusBadge } from '../../components/Badges';
import { LoadMore } from '../../components/LoadMore';
import { AsyncView, Empty, ErrorBox } from '../../components/States';
import { eventTypeLabel, formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { usePagedList } from '../../lib/usePagedList';

const PAGE = 50;

const STATUSES: { value: DeliveryStatus | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'PENDING', label: 'Pending' },
  { value: 'DELIVERED', label: 'Delivered' },
  { value: 'FAILED', label: 'Failed' },
];

/** "HTTP 503", the error of an attempt that got no answer, or a dash before the first attempt. */
function outcome(statusCode: number | null, error: string | null): string {
  if (statusCode !== null) return error ? `HTTP ${statusCode}: ${error}` : `HTTP ${statusCode}`;
  return error ?? '—';
}

/** Every attempt to send a delivery and the exact body sent, read when the row is expanded. */
function DeliveryDetails({ webhookId, deliveryId, id }: { webhookId: string; deliveryId: string; id: string }) {
  const detail = useAsync(() => webhooksApi.delivery(webhookId, deliveryId), [webhookId, deliveryId]);
  return (
    <div id={id} className="delivery-details">
      <AsyncView state={detail} what="Loading the delivery">
        {({ payload, attempts }) => (
          <>
            {attempts.length === 0 ? (
              <p className="muted">Not attempted yet.</p>
            ) : (
              <table className="attempts">
                <caption>Attempts</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Result</th>
                    <th scope="col">Duration</th>
                  </tr>
                </thead>
                <tbody>
                  {attempts.map((a, i) => (
                    <tr key={`${a.at}-${i}`}>
                      <td>{formatDateTime(a.at)}</td>
                      <td>{outcome(a.statusCode, a.error)}</td>
                      <td>{a.durationMs} ms</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3 className="payload-title">Payload</h3>
            <pre className="code" tabIndex={0} aria-label="Payload">
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
            claim <code title={delivery.claimId}>{delivery.claimId.slice(0, 8)}</code>
          </span>
        </div>
        <div className="meta">
          {delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`} · last result:{' '}
          {outcome(delivery.lastStatusCode, delivery.lastError)}
        </div>
        <div className="meta">
          Created {formatDateTime(delivery.createdAt)}
          {delivery.lastAttemptAt && ` · last attempt ${formatDateTime(delivery.lastAttemptAt)}`}
          {delivery.nextAttemptAt && ` · next attempt ${formatDateTime(delivery.nextAttemptAt)}`}
          {delivery.deliveredAt && ` · delivered ${formatDateTime(delivery.deliveredAt)}`}
        </div>
        <div className="actions">
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? 'Hide details' : 'Details'}
          </button>
          <button type="button" className="btn btn-small" onClick={replay} disabled={busy}>
            {busy ? 'Replaying…' : 'Replay'}
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
    setMessage(`${eventTypeLabel(delivery.eventType)} for claim ${delivery.claimId.slice(0, 8)} queued again with the same webhook-id.`);
  };

  return (
    <section className="delivery-log" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title" ref={heading} tabIndex={-1}>
        Deliveries to <span className="webhook-url">{webhook.url}</span>
      </h2>
      <div className="filters">
        <label>
          Status
          <select
            value={status}
            onChange={(e) => {
              setMessage('');
              setStatus(e.target.value as DeliveryStatus | '');
            }}
          >
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="result" role="status" aria-live="polite">
        {message}
      </p>
      <AsyncView state={state} what="Loading deliveries">
        {(items) =>
          items.length === 0 ? (
            <Empty>{status ? `No ${status.toLowerCase()} deliveries.` : 'Nothing sent to this endpoint yet.'}</Empty>
          ) : (
            <>
              <ul className="cards deliveries">
                {items.map((d) => (
                  <DeliveryRow key={d.id} webhookId={webhook.id} delivery={d} onReplayed={replayed} />
                ))}
              </ul>
              <LoadMore list={list} what="deliveries" />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
