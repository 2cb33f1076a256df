import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { SessionProvider } from '../auth/session';
import { Layout } from './Layout';

const me: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 'token-of-the-session' };

describe('Layout', () => {
  it('signs out with a POST form that carries the session CSRF token, never a link', () => {
    const { container } = render(
      <SessionProvider me={me}>
        <Layout path="/articles">
          <p>page</p>
        </Layout>
      </SessionProvider>,
    );
    const button = screen.getByRole('button', { name: 'Sign out' });
    const form = button.closest('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/logout');
    expect((form?.querySelector('input[name="csrf"]') as HTMLInputElement).value).toBe('token-of-the-session');
    expect(container.querySelector('a[href="/logout"]')).toBeNull();
  });

  it('shows the Webhooks entry to admins only', () => {
    const { unmount } = render(
      <SessionProvider me={me}>
        <Layout path="/articles">
          <p>page</p>
        </Layout>
      </SessionProvider>,
    );
    expect(screen.getByRole('link', { name: 'Review queue' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Webhooks' })).toBeNull();
    unmount();

    render(
      <SessionProvider me={{ ...me, roles: ['admin'] }}>
        <Layout path="/webhooks">
          <p>page</p>
        </Layout>
      </SessionProvider>,
    );
    const link = screen.getByRole('link', { name: 'Webhooks' });
    expect(link.getAttribute('href')).toBe('/webhooks');
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('switches the language from the header, the page following at once even when it cannot be stored', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 404 })));
    render(
      <SessionProvider me={me}>
        <Layout path="/queue">
          <p>page</p>
        </Layout>
      </SessionProvider>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'es');
    expect(screen.getByRole('link', { name: 'Cola de revisión' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('combobox', { name: 'Idioma de la interfaz' }).querySelector('option[value="en"]')?.textContent).toBe('English');
    vi.unstubAllGlobals();
  });
});
