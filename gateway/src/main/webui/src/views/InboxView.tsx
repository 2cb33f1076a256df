import { useState } from 'react';
import { notificationsApi, type Notification, type NotificationKind } from '../api/notifications';
import { LoadMore } from '../components/LoadMore';
import { announceInboxChanged } from '../components/NotificationBell';
import { AsyncView, Empty, ErrorBox } from '../components/States';
import { useLive } from '../live/live';
import { formatDateTime } from '../lib/format';
import { Link, navigate } from '../lib/router';
import { usePagedList } from '../lib/usePagedList';

const PAGE = 20;

export const KIND_TEXT: Record<NotificationKind, string> = {
  ASSIGNED: 'Assigned to you',
  CHANGES_REQUESTED: 'Changes requested',
  SUBMITTED_FOR_APPROVAL: 'Waiting for your approval',
  PUBLISHED: 'Published',
  CORRECTED: 'Corrected',
  OVERDUE: 'Overdue',
};

/** The signed-in user's notifications, newest first; new ones arrive live. */
export function InboxView() {
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
        <h1 id="inbox-title">Inbox</h1>
        <div className="actions">
          <label className="checkbox">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> Unread only
          </label>
          <button type="button" className="btn btn-small" onClick={() => notificationsApi.markAllRead().then(changed, setError)}>
            Mark all read
          </button>
          <Link href="/settings" className="btn btn-small btn-ghost">
            Notification settings
          </Link>
        </div>
      </div>
      <ErrorBox error={error} />
      <AsyncView state={state} what="Loading your notifications">
        {(items) =>
          items.length === 0 ? (
            <Empty>{unreadOnly ? 'Nothing unread.' : 'No notifications yet. You will hear here when work moves your way.'}</Empty>
          ) : (
            <>
              <ul className="inbox" aria-label="Notifications">
                {items.map((n) => (
                  <li key={n.id} className={n.read ? 'notification' : 'notification unread'} data-testid="notification">
                    <div className="notification-head">
                      <span className={`badge kind-${n.kind.toLowerCase()}`}>{KIND_TEXT[n.kind]}</span>
                      {!n.read && <span className="sr-only">Unread</span>}
                      <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                      {n.actor && <span className="muted">by {n.actor}</span>}
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
                        Mark read
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <LoadMore list={list} what="notifications" />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
