import { useState } from 'react';
import type { CreatedWebhook, Webhook, WebhookInput } from '../api/types';
import { webhooksApi } from '../api/webhooks';
import { AsyncView, Empty } from '../components/States';
import { useAsync } from '../lib/useAsync';
import { DeliveryLog } from './webhooks/DeliveryLog';
import { EndpointForm } from './webhooks/EndpointForm';
import { SecretBox } from './webhooks/SecretBox';
import { WebhookCard } from './webhooks/WebhookCard';

/** Admins register the endpoints Factdesk signs and sends its events to, and follow what was delivered. */
export function WebhooksView() {
  const endpoints = useAsync(() => webhooksApi.list(), []);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const create = (input: WebhookInput) =>
    webhooksApi.create(input).then((done) => {
      setCreated(done);
      setAnnouncement('Endpoint added. Copy its signing secret now; it is not shown again.');
      endpoints.reload();
    });
  const replace = (webhook: Webhook) => {
    if (endpoints.data) endpoints.setData(endpoints.data.map((w) => (w.id === webhook.id ? webhook : w)));
  };
  const deleted = (webhook: Webhook) => {
    if (endpoints.data) endpoints.setData(endpoints.data.filter((w) => w.id !== webhook.id));
    if (selectedId === webhook.id) setSelectedId(null);
    if (created?.webhook.id === webhook.id) setCreated(null);
    setAnnouncement(`Endpoint ${webhook.url} deleted.`);
  };
  const requeued = () => {
    endpoints.reload();
    setRefresh((n) => n + 1);
  };

  const selected = endpoints.data?.find((w) => w.id === selectedId) ?? null;
  return (
    <section aria-labelledby="webhooks-title">
      <div className="page-head">
        <h1 id="webhooks-title">Webhooks</h1>
      </div>
      <p className="muted">
        Endpoints that are sent the desk’s events as they happen, signed with their own secret. An endpoint that keeps
        failing is disabled and its deliveries are held; enabling it again sends them in order.
      </p>
      <EndpointForm title="Add endpoint" submitLabel="Add endpoint" onSubmit={create} />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {created && <SecretBox secret={created.secret} url={created.webhook.url} onDismiss={() => setCreated(null)} />}
      <h2>Endpoints</h2>
      <AsyncView state={endpoints} what="Loading webhook endpoints">
        {(items) =>
          items.length === 0 ? (
            <Empty>No endpoints yet.</Empty>
          ) : (
            <ul className="cards webhooks">
              {items.map((w) => (
                <li key={w.id}>
                  <WebhookCard
                    webhook={w}
                    selected={w.id === selectedId}
                    onSelect={() => setSelectedId(w.id === selectedId ? null : w.id)}
                    onChanged={replace}
                    onDeleted={() => deleted(w)}
                    onRotated={endpoints.reload}
                    onRequeued={requeued}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
      {selected && <DeliveryLog webhook={selected} refresh={refresh} />}
    </section>
  );
}
