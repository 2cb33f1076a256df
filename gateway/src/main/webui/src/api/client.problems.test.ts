import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError, errorDetail, errorMessage } from './client';

const conflict = () =>
  new ApiError(409, 'Conflict', 'Claim 7 was changed by erin at 10:02.', { type: 'urn:factdesk:problem:conflict' });

describe('errorMessage', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('shows the service detail in English, nothing more', () => {
    expect(errorMessage(conflict())).toBe('Claim 7 was changed by erin at 10:02.');
    expect(errorDetail(conflict())).toBeNull();
  });

  it('shows the sentence for the type in Spanish and keeps the detail at hand', async () => {
    await i18n.changeLanguage('es');
    expect(errorMessage(conflict())).toBe('Otra persona cambió esto al mismo tiempo; recárguelo e inténtelo de nuevo.');
    expect(errorDetail(conflict())).toBe('Claim 7 was changed by erin at 10:02.');
  });

  it('shows the sentence for the type when the service gave no detail, in any language', async () => {
    const bare = new ApiError(429, 'Too Many Requests', '', { type: 'urn:factdesk:problem:rate-limited' });
    expect(errorMessage(bare)).toBe('Too many requests in a short time. Wait a moment and try again.');
    await i18n.changeLanguage('es');
    expect(errorMessage(bare)).toBe('Demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.');
    expect(errorDetail(bare)).toBeNull();
  });

  it('falls back to the detail for a type it does not know, or none', async () => {
    await i18n.changeLanguage('es');
    const unknown = new ApiError(409, 'Conflict', 'Something specific.', { type: 'urn:factdesk:problem:brand-new' });
    expect(errorMessage(unknown)).toBe('Something specific.');
    expect(errorMessage(new ApiError(400, 'Bad Request', 'No type here.'))).toBe('No type here.');
  });

  it('says the network and server failures it makes up itself in the user language', async () => {
    const offline = new ApiError(0, 'Network error', 'Cannot reach Factdesk.', { type: 'urn:factdesk:problem:network', generic: true });
    expect(errorMessage(offline)).toBe('Cannot reach Factdesk. Check your connection and try again.');
    await i18n.changeLanguage('es');
    expect(errorMessage(offline)).toBe('No se puede conectar con Factdesk. Revise su conexión e inténtelo de nuevo.');
    expect(errorMessage('weird')).toBe('Algo salió mal.');
  });
});
