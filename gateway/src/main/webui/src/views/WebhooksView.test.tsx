import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { formatDateTime } from '../lib/format';
import { WebhooksView } from './WebhooksView';

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const active = {
  id: 'w1',
  url: 'https://partner.example.org/hooks/factdesk',
  description: 'Partner newsroom',
  eventTypes: ['verdict.published', 'verdict.corrected'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  consecutiveFailures: 0,
  createdBy: 'ada',
  createdAt: '2026-12-01T09:00:00Z',
  secretRotatedAt: null,
  previousSecretExpiresAt: null,
  pendingDeliveries: 2,
  failedDeliveries: 1,
  lastDeliveredAt: '2026-12-07T08:30:00Z',
};

const disabled = {
  ...active,
  id: 'w2',
  url: 'https://old.example.net/webhook',
  description: null,
  eventTypes: ['claim.queued'],
  enabled: false,
  disabledReason: '10 consecutive failures, last: HTTP 503',
  disabledAt: '2026-12-06T22:15:00Z',
  consecutiveFailures: 10,
  pendingDeliveries: 7,
  failedDeliveries: 10,
  lastDeliveredAt: null,
};

const failed = {
  id: 'd1',
  eventType: 'verdict.published',
  claimId: '5f0c2a9e-1b2c-4d5e-8f90-123456789abc',
  status: 'FAILED',
  attempts: 8,
  createdAt: '2026-12-06T10:00:00Z',
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-06T21:00:00Z',
  deliveredAt: null,
  lastStatusCode: 503,
  lastError: null,
};

const delivered = { ...failed, id: 'd2', status: 'DELIVERED', attempts: 1, lastStatusCode: 200, deliveredAt: '2026-12-06T10:00:01Z' };

const bodyOf = (call: unknown[]) => JSON.parse((call[1] as RequestInit).body as string);
const methodOf = (call: unknown[]) => (call[1] as RequestInit).method;

describe('WebhooksView', () => {
  const fetchMock = vi.fn();
  beforeEach(() => vi.stubGlobal('fetch', fetchMock));
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('lists the endpoints with their events and figures, and why a disabled one was disabled', async () => {
    fetchMock.mockResolvedValueOnce(json([active, disabled]));
    render(<WebhooksView />);

    const first = await screen.findByRole('article', { name: active.url });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/reviews/webhooks');
    expect(within(first).getByText('Active')).toBeTruthy();
    expect(within(first).getByText('Partner newsroom')).toBeTruthy();
    expect(within(first).getByText('Verdict published, Verdict corrected')).toBeTruthy();
    expect(within(first).getByText(formatDateTime(active.lastDeliveredAt))).toBeTruthy();
    expect(within(first).getByRole('button', { name: 'Disable' })).toBeTruthy();

    const second = screen.getByRole('article', { name: disabled.url });
    expect(within(second).getByText('Disabled')).toBeTruthy();
    const reason = `since ${formatDateTime(disabled.disabledAt)}: 10 consecutive failures, last: HTTP 503`;
    expect(within(second).getByText(reason)).toBeTruthy();
    expect(within(second).getByText('Claim queued')).toBeTruthy();
    expect(within(second).getByText('7')).toBeTruthy();
    expect(within(second).getByRole('button', { name: 'Enable' })).toBeTruthy();
  });

  it('adds an endpoint, shows its secret once with a copy button, and reads the list again', async () => {
    setCsrfToken('csrf-token');
    const created = { ...active, id: 'w3', url: 'https://new.example.com/in', description: 'New', eventTypes: ['claim.queued', 'verdict.published'] };
    fetchMock.mockResolvedValueOnce(json([]));
    fetchMock.mockResolvedValueOnce(json({ webhook: created, secret: 'whsec_c2VjcmV0LW9mLXRoZS10ZXN0' }, 201));
    fetchMock.mockResolvedValueOnce(json([created]));
    render(<WebhooksView />);
    await screen.findByText('No endpoints yet.');

    await userEvent.type(screen.getByLabelText('URL'), 'https://new.example.com/in');
    await userEvent.type(screen.getByLabelText('Description'), 'New');
    await userEvent.click(screen.getByLabelText('Verdict published'));
    await userEvent.click(screen.getByLabelText('Claim queued'));
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await screen.findByRole('article', { name: 'https://new.example.com/in' });
    const [path, init] = fetchMock.mock.calls[1];
    expect(path).toBe('/api/reviews/webhooks');
    expect((init as RequestInit).method).toBe('POST');
    expect(((init as RequestInit).headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-token');
    expect(bodyOf(fetchMock.mock.calls[1])).toEqual({
      url: 'https://new.example.com/in',
      description: 'New',
      eventTypes: ['claim.queued', 'verdict.published'],
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);

    expect(screen.getByText('Copy it now; it is not shown again.')).toBeTruthy();
    expect(screen.getByLabelText('Secret')).toHaveProperty('value', 'whsec_c2VjcmV0LW9mLXRoZS10ZXN0');
    expect(screen.getByText('webhook-signature')).toBeTruthy();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(writeText).toHaveBeenCalledWith('whsec_c2VjcmV0LW9mLXRoZS10ZXN0');
    await screen.findByRole('button', { name: 'Copied' });
    delete (window.navigator as { clipboard?: unknown }).clipboard;
    expect((screen.getByLabelText('URL') as HTMLInputElement).value).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText('Copy it now; it is not shown again.')).toBeNull();
    expect(screen.queryByDisplayValue('whsec_c2VjcmV0LW9mLXRoZS10ZXN0')).toBeNull();
  });

  it('shows the problem the service found and adds nothing', async () => {
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(
      json(
        {
          status: 400,
          title: 'Bad Request',
          detail: 'only https URLs are accepted',
          violations: [{ field: 'url', message: 'must be an https URL' }],
        },
        400,
        'application/problem+json',
      ),
    );
    render(<WebhooksView />);
    await screen.findByRole('article', { name: active.url });

    await userEvent.type(screen.getByLabelText('URL'), 'http://plain.example.com/hook');
    await userEvent.click(screen.getByLabelText('Verdict corrected'));
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    expect((await screen.findByRole('alert')).textContent).toBe('only https URLs are accepted');
    const problems = screen.getByRole('list', { name: 'Problems with the endpoint' });
    expect(problems.textContent).toBe('url must be an https URL');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByText('Copy it now; it is not shown again.')).toBeNull();
    expect((screen.getByLabelText('URL') as HTMLInputElement).value).toBe('http://plain.example.com/hook');
  });

  it('asks for at least one event type before sending anything', async () => {
    fetchMock.mockResolvedValueOnce(json([]));
    render(<WebhooksView />);
    await screen.findByText('No endpoints yet.');

    await userEvent.type(screen.getByLabelText('URL'), 'https://new.example.com/in');
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one event type.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('rotates a secret after a confirmation and shows the new one and until when the old one signs', async () => {
    const expires = '2026-12-08T18:00:00Z';
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(json({ secret: 'whsec_bmV3LXNlY3JldA', previousSecretExpiresAt: expires }));
    fetchMock.mockResolvedValueOnce(json([{ ...active, secretRotatedAt: '2026-12-07T18:00:00Z', previousSecretExpiresAt: expires }]));
    render(<WebhooksView />);
    const card = await screen.findByRole('article', { name: active.url });

    await userEvent.click(within(card).getByRole('button', { name: 'Rotate secret' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await userEvent.click(within(card).getByRole('button', { name: 'Rotate now' }));

    expect(await within(card).findByLabelText('Secret')).toHaveProperty('value', 'whsec_bmV3LXNlY3JldA');
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/webhooks/w1/secret');
    expect(methodOf(fetchMock.mock.calls[1])).toBe('POST');
    expect(within(card).getByText('Copy it now; it is not shown again.')).toBeTruthy();
    expect(within(card).getByText(new RegExp(`keeps signing beside this one until ${formatDateTime(expires)}`))).toBeTruthy();
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
  });

  it('re-enables a disabled endpoint with its settings unchanged, and deletes one after a confirmation', async () => {
    fetchMock.mockResolvedValueOnce(json([active, disabled]));
    fetchMock.mockResolvedValueOnce(json({ ...disabled, enabled: true, disabledReason: null, disabledAt: null }));
    render(<WebhooksView />);
    const card = await screen.findByRole('article', { name: disabled.url });

    await userEvent.click(within(card).getByRole('button', { name: 'Enable' }));
    expect(await within(card).findByText('Enabled. Deliveries held meanwhile go out in order.')).toBeTruthy();
    expect(within(card).getByText('Active')).toBeTruthy();
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/webhooks/w2');
    expect(methodOf(fetchMock.mock.calls[1])).toBe('PUT');
    expect(bodyOf(fetchMock.mock.calls[1])).toEqual({ url: disabled.url, description: null, eventTypes: ['claim.queued'], enabled: true });

    fetchMock.mockResolvedValueOnce(json(null, 204));
    await userEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Delete endpoint' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: disabled.url })).toBeNull());
    expect(fetchMock.mock.calls[2][0]).toBe('/api/reviews/webhooks/w2');
    expect(methodOf(fetchMock.mock.calls[2])).toBe('DELETE');
    expect(screen.getByRole('article', { name: active.url })).toBeTruthy();
  });

  it('edits an endpoint and keeps it enabled', async () => {
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(json({ ...active, description: 'Partner desk', eventTypes: ['claim.queued', 'verdict.published'] }));
    render(<WebhooksView />);
    const card = await screen.findByRole('article', { name: active.url });

    await userEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    const form = within(card).getByRole('form', { name: 'Edit endpoint' });
    expect((within(form).getByLabelText('URL') as HTMLInputElement).value).toBe(active.url);
    await userEvent.clear(within(form).getByLabelText('Description'));
    await userEvent.type(within(form).getByLabelText('Description'), 'Partner desk');
    await userEvent.click(within(form).getByLabelText('Verdict corrected'));
    await userEvent.click(within(form).getByLabelText('Claim queued'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(card).findByText('Changes saved.')).toBeTruthy();
    expect(within(card).getByText('Claim queued, Verdict published')).toBeTruthy();
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/webhooks/w1');
    expect(methodOf(fetchMock.mock.calls[1])).toBe('PUT');
    expect(bodyOf(fetchMock.mock.calls[1])).toEqual({
      url: active.url,
      description: 'Partner desk',
      eventTypes: ['claim.queued', 'verdict.published'],
      enabled: true,
    });
  });

  it('replays the deliveries since a time and says how many were queued again', async () => {
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(json({ requeued: 3 }));
    fetchMock.mockResolvedValueOnce(json([{ ...active, pendingDeliveries: 5 }]));
    render(<WebhooksView />);
    const card = await screen.findByRole('article', { name: active.url });

    fireEvent.change(within(card).getByLabelText('Replay deliveries since'), { target: { value: '2026-12-06T12:30' } });
    await userEvent.click(within(card).getByRole('button', { name: 'Replay since' }));

    expect(await within(card).findByText('3 deliveries queued again.')).toBeTruthy();
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/webhooks/w1/replay');
    expect(bodyOf(fetchMock.mock.calls[1])).toEqual({ since: new Date('2026-12-06T12:30').toISOString() });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
  });

  it('filters the delivery log by status and loads more after the last one', async () => {
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(json({ items: [delivered, failed], next: null }));
    render(<WebhooksView />);
    const card = await screen.findByRole('article', { name: active.url });

    await userEvent.click(within(card).getByRole('button', { name: 'Deliveries' }));
    const log = await screen.findByRole('region', { name: `Deliveries to ${active.url}` });
    await within(log).findAllByRole('listitem');
    expect(document.activeElement).toBe(within(log).getByRole('heading', { name: `Deliveries to ${active.url}` }));
    expect(fetchMock.mock.calls[1][0]).toBe('/api/reviews/webhooks/w1/deliveries?limit=50');

    fetchMock.mockResolvedValueOnce(json({ items: [failed], next: 'cursor-1' }));
    await userEvent.selectOptions(within(log).getByLabelText('Status'), 'Failed');
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(1));
    expect(fetchMock.mock.calls[2][0]).toBe('/api/reviews/webhooks/w1/deliveries?status=FAILED&limit=50');
    const row = within(log).getByRole('listitem');
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByText('Verdict published')).toBeTruthy();
    expect(within(row).getByText('5f0c2a9e')).toBeTruthy();
    expect(row.textContent).toContain('8 attempts · last result: HTTP 503');

    fetchMock.mockResolvedValueOnce(json({ items: [{ ...failed, id: 'd0', claimId: '0a0a0a0a-0000-0000-0000-000000000000' }], next: null }));
    await userEvent.click(within(log).getByRole('button', { name: 'Load more deliveries' }));
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    expect(fetchMock.mock.calls[3][0]).toBe('/api/reviews/webhooks/w1/deliveries?status=FAILED&after=cursor-1&limit=50');
    expect(within(log).queryByRole('button', { name: 'Load more deliveries' })).toBeNull();
  });

  it('replays one delivery and shows a delivery’s attempts and the exact payload sent', async () => {
    const payload = '{"type":"verdict.published","timestamp":"2026-12-06T10:00:00Z","data":{"claimId":"5f0c2a9e"}}';
    fetchMock.mockResolvedValueOnce(json([active]));
    fetchMock.mockResolvedValueOnce(json({ items: [failed], next: null }));
    render(<WebhooksView />);
    await userEvent.click(within(await screen.findByRole('article', { name: active.url })).getByRole('button', { name: 'Deliveries' }));
    const log = await screen.findByRole('region', { name: `Deliveries to ${active.url}` });
    const row = await within(log).findByRole('listitem');

    fetchMock.mockResolvedValueOnce(json({ ...failed, status: 'PENDING', nextAttemptAt: '2026-12-07T18:00:00Z' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Replay' }));
    expect(await within(log).findByText(/queued again with the same webhook-id/)).toBeTruthy();
    expect(fetchMock.mock.calls[2][0]).toBe('/api/reviews/webhooks/w1/deliveries/d1/replay');
    expect(methodOf(fetchMock.mock.calls[2])).toBe('POST');
    expect(within(row).getByText('Pending')).toBeTruthy();

    fetchMock.mockResolvedValueOnce(
      json({
        delivery: failed,
        payload,
        attempts: [
          { at: '2026-12-06T10:00:00Z', statusCode: 503, error: null, durationMs: 120 },
          { at: '2026-12-06T10:01:00Z', statusCode: null, error: 'connect timed out', durationMs: 10000 },
        ],
      }),
    );
    const details = within(row).getByRole('button', { name: 'Details' });
    await userEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect((await within(row).findByLabelText('Payload')).textContent).toBe(payload);
    expect(fetchMock.mock.calls[3][0]).toBe('/api/reviews/webhooks/w1/deliveries/d1');
    const attempts = within(row).getByRole('table', { name: 'Attempts' });
    expect(within(attempts).getByText('HTTP 503')).toBeTruthy();
    expect(within(attempts).getByText('connect timed out')).toBeTruthy();
    expect(within(attempts).getByText('10000 ms')).toBeTruthy();
  });
});
