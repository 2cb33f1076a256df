import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import i18n from './index';
import { chooseLanguage, loadStoredLanguage } from './preference';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

const stored = { language: 'es', email: { digest: 'DAILY', onAssignment: true } };

// In this order: the module keeps the preferences it last read.
describe('the stored language', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf');
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('keeps the browser language, silently, when preferences cannot be read', async () => {
    fetchMock.mockResolvedValueOnce(json({ title: 'Not Found', status: 404 }, 404));
    await expect(loadStoredLanguage()).resolves.toBeUndefined();
    expect(i18n.language).toBe('en');
  });

  it('switches to the stored language once it arrives', async () => {
    fetchMock.mockResolvedValueOnce(json(stored));
    await loadStoredLanguage();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/reviews/me/preferences');
    expect(i18n.language).toBe('es');
  });

  it('saves a choice by sending the preferences back whole, with only the language changed', async () => {
    await i18n.changeLanguage('es');
    fetchMock.mockResolvedValueOnce(json({ ...stored, language: 'en' }));
    await expect(chooseLanguage('en')).resolves.toBe(true);
    expect(i18n.language).toBe('en');
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/reviews/me/preferences');
    expect(init.method).toBe('PUT');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf');
    expect(JSON.parse(init.body as string)).toEqual({ language: 'en', email: { digest: 'DAILY', onAssignment: true } });
  });

  it('keeps a choice for the visit when it cannot be saved', async () => {
    fetchMock.mockResolvedValueOnce(json({ title: 'Unavailable', status: 503 }, 503));
    await expect(chooseLanguage('es')).resolves.toBe(false);
    expect(i18n.language).toBe('es');
  });
});
