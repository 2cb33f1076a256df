import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { SessionProvider } from '../auth/session';
import { Layout } from '../components/Layout';

const editor: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 't' };
const reviewer: Me = { ...editor, username: 'rex', roles: ['reviewer'] };

function page(me: Me) {
  return render(
    <SessionProvider me={me}>
      <Layout path="/articles">
        <input type="search" aria-label="Search claims" />
        <input aria-label="Title" />
      </Layout>
    </SessionProvider>,
  );
}

describe('keyboard shortcuts', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('goes to a page with a two-key sequence and to a new article with n', async () => {
    page(editor);
    await userEvent.keyboard('gq');
    expect(window.location.pathname).toBe('/queue');
    await userEvent.keyboard('gp');
    expect(window.location.pathname).toBe('/approvals');
    await userEvent.keyboard('n');
    expect(window.location.pathname).toBe('/articles/new');
  });

  it('never fires while typing into a field, and / focuses the search field', async () => {
    page(editor);
    await userEvent.click(screen.getByLabelText('Title'));
    await userEvent.keyboard('gqn');
    expect(window.location.pathname).toBe('/');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('gqn');
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(screen.getByLabelText('Search claims'));
  });

  it('offers only what the role may do, lists the shortcuts on ? and closes the list on Escape', async () => {
    page(reviewer);
    await userEvent.keyboard('n');
    expect(window.location.pathname).toBe('/');
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('Go to the review queue');
    expect(dialog.textContent).not.toContain('New article');
    expect(dialog.textContent).not.toContain('approvals');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('ignores keys pressed with Ctrl, Alt or Meta', () => {
    page(editor);
    const spy = vi.spyOn(window.history, 'pushState');
    fireEvent.keyDown(document, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(document, { key: 'n', metaKey: true });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
