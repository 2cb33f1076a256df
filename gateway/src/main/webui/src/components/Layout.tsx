import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useLiveStatus } from '../live/live';
import { Link, navigate } from '../lib/router';
import { NotificationBell } from './NotificationBell';
import { useShortcuts, type Shortcut } from '../lib/shortcuts';
import { LanguageSelect } from './LanguageSelect';
import { ShortcutHelp } from './ShortcutHelp';

const ROLES = ['editor', 'reviewer', 'admin'] as const;
type Role = (typeof ROLES)[number];
const shownRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useTranslation('layout');
  const { me, can } = useSession();
  const live = useLiveStatus();
  const main = useRef<HTMLElement>(null);
  const [help, setHelp] = useState(false);

  // Move focus to the new page for keyboard and screen-reader users after navigation.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);

  const links: { href: string; label: string; show: boolean }[] = [
    { href: '/articles', label: t('nav.articles'), show: true },
    { href: '/queue', label: t('nav.queue'), show: true },
    { href: '/approvals', label: t('nav.approvals'), show: can.approve },
    { href: '/dashboard', label: t('nav.dashboard'), show: can.dashboard },
    { href: '/other-checks', label: t('nav.otherChecks'), show: true },
    { href: '/webhooks', label: t('nav.webhooks'), show: can.manageWebhooks },
  ];

  const shortcuts: Shortcut[] = [
    { keys: 'g a', description: t('shortcuts.articles'), run: () => navigate('/articles') },
    { keys: 'g q', description: t('shortcuts.queue'), run: () => navigate('/queue') },
    { keys: 'g i', description: t('shortcuts.inbox'), run: () => navigate('/inbox') },
    ...(can.approve ? [{ keys: 'g p', description: t('shortcuts.approvals'), run: () => navigate('/approvals') }] : []),
    ...(can.dashboard ? [{ keys: 'g d', description: t('shortcuts.dashboard'), run: () => navigate('/dashboard') }] : []),
    ...(can.editArticles ? [{ keys: 'n', description: t('shortcuts.newArticle'), run: () => navigate('/articles/new') }] : []),
    {
      keys: '/',
      description: t('shortcuts.search'),
      run: () => document.querySelector<HTMLInputElement>('main input[type=search]')?.focus(),
    },
    { keys: '?', description: t('shortcuts.help'), run: () => setHelp(true) },
  ];
  useShortcuts(shortcuts);

  const liveText = t(`live.${live}`);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          Factdesk
        </Link>
        <nav aria-label={t('nav.label')}>
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
          <span className={`live-dot live-${live}`} title={t('live.title', { status: liveText })}>
            {liveText}
          </span>
          <Link href="/settings" className="inbox-link" aria-current={path.startsWith('/settings') ? 'page' : undefined}>
            {t('settingsLink', { ns: 'inbox' })}
          </Link>
          <span className="user" data-testid="user">
            {me.name || me.username}
            <span className="roles">{me.roles.filter(shownRole).map((r) => t(`roles.${r}`)).join(', ')}</span>
          </span>
          <LanguageSelect />
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setHelp(true)} aria-label={t('shortcuts.title')}>
            ?
          </button>
          {/* A form POST with the session's CSRF token: a link or an image elsewhere cannot sign anyone out. */}
          <form className="logout" method="post" action="/logout">
            <input type="hidden" name="csrf" value={me.csrfToken} />
            <button type="submit" className="btn btn-ghost btn-small">
              {t('signOut')}
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
