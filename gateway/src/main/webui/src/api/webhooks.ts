import { http, query } from './client';
import type { CreatedWebhook, Delivery, DeliveryDetail, DeliveryStatus, Page, RotatedSecret, Webhook, WebhookInput } from './types';

const base = '/api/reviews/webhooks';
const enc = encodeURIComponent;

export interface DeliveryFilter {
  status?: DeliveryStatus | '';
  after?: string | null;
  limit?: number;
}

/** Webhook endpoints and their deliveries (admins only; the review-service refuses everyone else). */
export const webhooksApi = {
  /** Every endpoint, oldest first (at most 100). */
  list: () => http.get<Webhook[]>(base),
  create: (input: WebhookInput) => http.post<CreatedWebhook>(base, input),
  /** Changes an endpoint; enabled: true re-enables a disabled one, whose held deliveries then go out in order. */
  update: (id: string, input: WebhookInput & { enabled: boolean }) => http.put<Webhook>(`${base}/${enc(id)}`, input),
  remove: (id: string) => http.delete<void>(`${base}/${enc(id)}`),
  /** A new secret; the old one keeps signing beside it until previousSecretExpiresAt. */
  rotateSecret: (id: string) => http.post<RotatedSecret>(`${base}/${enc(id)}/secret`),
  /** Newest first. */
  deliveries: (id: string, filter: DeliveryFilter) =>
    http.get<Page<Delivery>>(`${base}/${enc(id)}/deliveries` + query({ status: filter.status, after: filter.after, limit: filter.limit })),
  delivery: (id: string, deliveryId: string) => http.get<DeliveryDetail>(`${base}/${enc(id)}/deliveries/${enc(deliveryId)}`),
  /** Sends a delivery again, with the same webhook-id. */
  replayDelivery: (id: string, deliveryId: string) =>
    http.post<Delivery>(`${base}/${enc(id)}/deliveries/${enc(deliveryId)}/replay`),
  /** Queues again every delivery to the endpoint since the instant. */
  replaySince: (id: string, since: string) => http.post<{ requeued: number }>(`${base}/${enc(id)}/replay`, { since }),
};
