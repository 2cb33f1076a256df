import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../api/notifications';
import { useLive } from '../live/live';
import { Link } from '../lib/router';

/** The header's way to the inbox, with the unread count kept current by the live stream. */
export function NotificationBell({ current }: { current: boolean }) {
  const { t } = useTranslation('inbox');
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(() => {
    notificationsApi
      .unreadCount()
      .then((count) => setUnread(count.unread))
      // The count is a convenience: a failure keeps the last one and the next event tries again.
      .catch(() => {});
  }, []);
  useEffect(refresh, [refresh]);
  useLive(['notifications'], refresh);
  // The inbox marks notifications read; it tells the header through this event.
  useEffect(() => {
    window.addEventListener('factdesk:inbox-changed', refresh);
    return () => window.removeEventListener('factdesk:inbox-changed', refresh);
  }, [refresh]);

  const label = unread ? t('linkUnread', { n: unread }) : t('link');
  return (
    <Link href="/inbox" className="inbox-link" aria-label={label} aria-current={current ? 'page' : undefined}>
      {t('link')}
      {unread ? (
        <span className="unread-badge" data-testid="unread-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** Tells the header's count that the inbox changed here (marked read), without waiting for an event. */
export function announceInboxChanged() {
  window.dispatchEvent(new Event('factdesk:inbox-changed'));
}
