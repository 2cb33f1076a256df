import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsApi, type Notification } from '../api/notifications';
import { LoadMore } from '../components/LoadMore';
import { announceInboxChanged } from '../components/NotificationBell';
import { AsyncView, Empty, ErrorBox } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime } from '../lib/format';
import { Link, navigate } from '../lib/router';
import { usePagedList } from '../lib/usePagedList';

const PAGE = 20;

/** The signed-in user's notifications, newest first; new ones arrive live. */
export function InboxView() {
  const { t } = useTranslation('inbox');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = usePagedList((after, limit) => notificationsApi.list({ unread: unreadOnly, after, limit }), PAGE, [unreadOnly]);
  const state = list.state;
  useLive(['notifications'], () => state.reload());

  const changed = () => {
    announceInboxChanged();
    state.reload();
  };
  const markRead = (n: Notification) =>
    notificationsApi.markRead(n.id).then(changed, setError);
  const open = (n: Notification) => {
    if (!n.read) notificationsApi.markRead(n.id).then(announceInboxChanged, () => {});
    navigate(`/reviews/${n.reviewId}`);
  };

  return (
    <section aria-labelledby="inbox-title">
      <div className="page-head">
        <h1 id="inbox-title">{t('title')}</h1>
        <div className="actions">
          <label className="checkbox">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> {t('unreadOnly')}
          </label>
          <button type="button" className="btn btn-small" onClick={() => notificationsApi.markAllRead().then(changed, setError)}>
            {t('markAllRead')}
          </button>
          <Link href="/settings" className="btn btn-small btn-ghost">
            {t('settings')}
          </Link>
        </div>
      </div>
      <ErrorBox error={error} />
      <AsyncView state={state} what={t('loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{unreadOnly ? t('nothingUnread') : t('empty')}</Empty>
          ) : (
            <>
              <ul className="inbox" aria-label={t('listLabel')}>
                {items.map((n) => (
                  <li key={n.id} className={n.read ? 'notification' : 'notification unread'} data-testid="notification">
                    <div className="notification-head">
                      <span className={`badge kind-${n.kind.toLowerCase()}`}>{t(`kind.${n.kind}`)}</span>
                      {!n.read && <span className="sr-only">{t('unread')}</span>}
                      <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                      {n.actor && <span className="muted">{t('by', { actor: n.actor })}</span>}
                    </div>
                    <a
                      href={`/reviews/${n.reviewId}`}
                      className="notification-claim"
                      onClick={(e) => {
                        e.preventDefault();
                        open(n);
                      }}
                    >
                      {n.claimText}
                    </a>
                    {!n.read && (
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => markRead(n)}>
                        {t('markRead')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <LoadMore list={list} label={t('loadMore')} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
