import type { NotificationsPageQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDateTime } from '../utils/format';
import { mentionsAsText } from '../utils/mention';

type NotificationNode = NotificationsPageQuery['notifications']['edges'][number]['node'];

export interface NotificationListProps {
  notifications: NotificationNode[];
  /** The API's count of all unread notifications (some may be beyond the listed page). */
  unreadCount: number;
  markAllReadAction: (formData: FormData) => Promise<void>;
}

/**
 * How many notifications are unread: the API's count, but never fewer than
 * the unread ones listed, so the summary can never say "no unread
 * notifications" above a notification marked New.
 */
export function unreadTotal(
  notifications: ReadonlyArray<Pick<NotificationNode, 'read'>>,
  unreadCount: number,
): number {
  return Math.max(unreadCount, notifications.filter((n) => !n.read).length);
}

/** The notification centre: newest first, unread marked, deep links. */
export function NotificationList({
  notifications,
  unreadCount,
  markAllReadAction,
}: NotificationListProps): ReactElement {
  const unread = unreadTotal(notifications, unreadCount);
  return (
    <>
      <h1>Notifications</h1>
      <p className="nhsuk-body" data-testid="unread-summary">
        {unread === 0
          ? 'You have no unread notifications.'
          : `You have ${unread} unread ${unread === 1 ? 'notification' : 'notifications'}.`}
      </p>
      {unread > 0 ? (
        <form action={markAllReadAction}>
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Mark all as read
          </button>
        </form>
      ) : null}
      {notifications.length ? (
        <ul className="nhsuk-list mic-notification-list">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={n.read ? 'mic-notification' : 'mic-notification mic-notification--unread'}
            >
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                {n.read ? null : (
                  <strong className="nhsuk-tag nhsuk-tag--blue">
                    New<span className="nhsuk-u-visually-hidden"> (unread)</span>
                  </strong>
                )}{' '}
                <a href={`/notifications/open?id=${n.id}&to=${encodeURIComponent(n.link)}`}>
                  {mentionsAsText(n.title)}
                </a>
              </p>
              {n.body ? (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{mentionsAsText(n.body)}</p>
              ) : null}
              <p className="nhsuk-body-s">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body">
          Nothing yet. Follow toolkits and discussions to hear about new activity.
        </p>
      )}
      <p className="nhsuk-body">
        <a href="/settings/notifications">Notification settings</a>
      </p>
    </>
  );
}
