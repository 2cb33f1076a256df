import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
