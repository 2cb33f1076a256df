import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http, query, setCsrfToken, setUnauthorizedHandler } from './client';

function answer(status: number, body?: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': type },
  });
}

describe('api client', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends the CSRF token on state-changing requests only', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, { ok: true })));
    await http.post('/api/articles', { title: 't' });
    await http.put('/api/articles/1', { version: 1 });
    await http.patch('/api/articles/1/claims/2', { version: 1 });
    await http.get('/api/articles');
    const headers = fetchMock.mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
    expect(headers.slice(0, 3).map((h) => h['X-CSRF-Token'])).toEqual(['token-123', 'token-123', 'token-123']);
    expect(headers[3]['X-CSRF-Token']).toBeUndefined();
    const [, init] = fetchMock.mock.calls[0];
    expect((init as RequestInit).body).toBe('{"title":"t"}');
    expect((init as RequestInit).credentials).toBe('same-origin');
  });

  it('hands a 401 to the login handler and never settles', async () => {
    const reload = vi.fn();
    setUnauthorizedHandler(reload);
    fetchMock.mockResolvedValue(answer(401));
    let settled = false;
    http.get('/api/me').then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
  });

  it('turns problem+json into an error carrying the detail', async () => {
    fetchMock.mockResolvedValue(
      answer(409, { title: 'Conflict', status: 409, detail: 'The claim was changed by someone else.' }, 'application/problem+json'),
    );
    const error = await http.post('/api/articles/1/queue', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).detail).toBe('The claim was changed by someone else.');
  });

  it('explains server errors and network failures without internals', async () => {
    fetchMock.mockResolvedValueOnce(answer(502, '<html>Bad gateway</html>', 'text/html'));
    const error = (await http.get('/api/reviews').catch((e: unknown) => e)) as ApiError;
    expect(error.detail).toBe('The service is unavailable right now. Please try again.');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const offline = (await http.get('/api/reviews').catch((e: unknown) => e)) as ApiError;
    expect(offline.status).toBe(0);
    expect(offline.detail).toMatch(/Cannot reach Factdesk/);
  });

  it('returns text for JSON-LD and nothing for 204', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, '{"@type":"ClaimReview"}', 'application/ld+json'));
    expect(await http.get('/api/reviews/1/claim-review', { accept: 'application/ld+json' })).toBe('{"@type":"ClaimReview"}');
    fetchMock.mockResolvedValueOnce(answer(204));
    expect(await http.post('/api/reviews/1/notes', { text: 'x' })).toBeUndefined();
  });

  it('builds query strings from set values only', () => {
    expect(query({ q: 'GDP growth', status: '', overdue: false, limit: 25, after: null })).toBe('?q=GDP+growth&limit=25');
    expect(query({ overdue: true })).toBe('?overdue=true');
    expect(query({})).toBe('');
  });
});
