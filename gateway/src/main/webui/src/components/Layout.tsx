import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../auth/session';
import { useLiveStatus } from '../live/live';
import { Link, navigate } from '../lib/router';
import { NotificationBell } from './NotificationBell';
import { useShortcuts, type Shortcut } from '../lib/shortcuts';
import { ShortcutHelp } from './ShortcutHelp';

const LIVE_TEXT = { live: 'Live', connecting: 'Connecting…', offline: 'Offline' } as const;

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { me, can } = useSession();
  const live = useLiveStatus();
  const main = useRef<HTMLElement>(null);
  const [help, setHelp] = useState(false);

  // Move focus to the new page for keyboard and screen-reader users after navigation.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);

  const links: { href: string; label: string; show: boolean }[] = [
    { href: '/articles', label: 'Articles', show: true },
    { href: '/queue', label: 'Review queue', show: true },
    { href: '/approvals', label: 'Approvals', show: can.approve },
    { href: '/dashboard', label: 'Dashboard', show: can.dashboard },
    { href: '/other-checks', label: 'Other fact-checkers', show: true },
    { href: '/webhooks', label: 'Webhooks', show: can.manageWebhooks },
  ];

  const shortcuts: Shortcut[] = [
    { keys: 'g a', description: 'Go to the articles', run: () => navigate('/articles') },
    { keys: 'g q', description: 'Go to the review queue', run: () => navigate('/queue') },
    { keys: 'g i', description: 'Go to your inbox', run: () => navigate('/inbox') },
    ...(can.approve ? [{ keys: 'g p', description: 'Go to the approvals', run: () => navigate('/approvals') }] : []),
    ...(can.dashboard ? [{ keys: 'g d', description: 'Go to the dashboard', run: () => navigate('/dashboard') }] : []),
    ...(can.editArticles ? [{ keys: 'n', description: 'New article', run: () => navigate('/articles/new') }] : []),
    {
      keys: '/',
      description: "Search this page's list",
      run: () => document.querySelector<HTMLInputElement>('main input[type=search]')?.focus(),
    },
    { keys: '?', description: 'Show these shortcuts', run: () => setHelp(true) },
  ];
  useShortcuts(shortcuts);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          Factdesk
        </Link>
        <nav aria-label="Main">
          <ul>
            {links
              .filter((l) => l.show)
              .map((l) => (
                <li key={l.href}>
                  <Link href={l.href} aria-current={path.startsWith(l.href) ? 'page' : undefined}>
                    {l.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          <NotificationBell current={path.startsWith('/inbox')} />
          <span className={`live-dot live-${live}`} title={`Live updates: ${LIVE_TEXT[live]}`}>
            {LIVE_TEXT[live]}
          </span>
          <Link href="/settings" className="inbox-link" aria-current={path.startsWith('/settings') ? 'page' : undefined}>
            Settings
          </Link>
          <span className="user" data-testid="user">
            {me.name || me.username}
            <span className="roles">{me.roles.filter((r) => ['editor', 'reviewer', 'admin'].includes(r)).join(', ')}</span>
          </span>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
            ?
          </button>
          {/* A form POST with the session's CSRF token: a link or an image elsewhere cannot sign anyone out. */}
          <form className="logout" method="post" action="/logout">
            <input type="hidden" name="csrf" value={me.csrfToken} />
            <button type="submit" className="btn btn-ghost btn-small">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      {help && <ShortcutHelp shortcuts={shortcuts} onClose={() => setHelp(false)} />}
    </div>
  );
}
