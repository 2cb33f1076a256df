import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { match, navigate, useLocation } from './router';

function Redirecting() {
  useEffect(() => navigate('/queue', { replace: true }), []);
  return null;
}

function Shell() {
  const { path } = useLocation();
  return <p data-testid="path">{path === '/' ? <Redirecting /> : path}</p>;
}

describe('router', () => {
  it('renders the target of a redirect made on first render', async () => {
    window.history.replaceState(null, '', '/');
    render(<Shell />);
    await act(async () => {});
    expect(screen.getByTestId('path').textContent).toBe('/queue');
  });

  it('follows navigation and the back button', async () => {
    window.history.replaceState(null, '', '/articles');
    render(<Shell />);
    act(() => navigate('/articles/42'));
    expect(screen.getByTestId('path').textContent).toBe('/articles/42');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByTestId('path').textContent).toBe('/articles');
  });

  it('matches path patterns and decodes parameters', () => {
    expect(match('/articles/:id', '/articles/a%20b')).toEqual({ id: 'a b' });
    expect(match('/articles/:id', '/articles/1/edit')).toBeNull();
    expect(match('/articles/new', '/articles/new')).toEqual({});
  });
});
