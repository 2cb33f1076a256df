import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('webhooks');
  const endpoints = useAsync(() => webhooksApi.list(), []);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const create = (input: WebhookInput) =>
    webhooksApi.create(input).then((done) => {
      setCreated(done);
      setAnnouncement(t('added'));
      endpoints.reload();
    });
  const replace = (webhook: Webhook) => {
    if (endpoints.data) endpoints.setData(endpoints.data.map((w) => (w.id === webhook.id ? webhook : w)));
  };
  const deleted = (webhook: Webhook) => {
    if (endpoints.data) endpoints.setData(endpoints.data.filter((w) => w.id !== webhook.id));
    if (selectedId === webhook.id) setSelectedId(null);
    if (created?.webhook.id === webhook.id) setCreated(null);
    setAnnouncement(t('deleted', { url: webhook.url }));
  };
  const requeued = () => {
    endpoints.reload();
    setRefresh((n) => n + 1);
  };

  const selected = endpoints.data?.find((w) => w.id === selectedId) ?? null;
  return (
    <section aria-labelledby="webhooks-title">
      <div className="page-head">
        <h1 id="webhooks-title">{t('title')}</h1>
      </div>
      <p className="muted">{t('intro')}</p>
      <EndpointForm title={t('addEndpoint')} submitLabel={t('addEndpoint')} onSubmit={create} />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {created && <SecretBox secret={created.secret} url={created.webhook.url} onDismiss={() => setCreated(null)} />}
      <h2>{t('endpoints')}</h2>
      <AsyncView state={endpoints} what={t('loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('empty')}</Empty>
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
