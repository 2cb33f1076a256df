import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from '../auth/session';
import { useLiveStatus } from '../live/live';
import { Link } from '../lib/router';

const LIVE_TEXT = { live: 'Live', connecting: 'Connecting…', offline: 'Offline' } as const;

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { me, can } = useSession();
  const live = useLiveStatus();
  const main = useRef<HTMLElement>(null);

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
          <span className={`live-dot live-${live}`} title={`Live updates: ${LIVE_TEXT[live]}`}>
            {LIVE_TEXT[live]}
          </span>
          <span className="user" data-testid="user">
            {me.name || me.username}
            <span className="roles">{me.roles.filter((r) => ['editor', 'reviewer', 'admin'].includes(r)).join(', ')}</span>
          </span>
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
    </div>
  );
}
