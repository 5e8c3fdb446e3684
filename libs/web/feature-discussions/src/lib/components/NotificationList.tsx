import type { NotificationsPageQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDateTime } from '../utils/format';

type NotificationNode = NotificationsPageQuery['notifications']['edges'][number]['node'];

export interface NotificationListProps {
  notifications: NotificationNode[];
  unreadCount: number;
  markAllReadAction: (formData: FormData) => Promise<void>;
}

/** The notification centre: newest first, unread marked, deep links. */
export function NotificationList({
  notifications,
  unreadCount,
  markAllReadAction,
}: NotificationListProps): ReactElement {
  return (
    <>
      <h1>Notifications</h1>
      <p className="nhsuk-body">
        {unreadCount === 0
          ? 'You have no unread notifications.'
          : `You have ${unreadCount} unread ${unreadCount === 1 ? 'notification' : 'notifications'}.`}
      </p>
      {unreadCount > 0 ? (
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
                {n.read ? null : <strong className="nhsuk-tag nhsuk-tag--blue">New</strong>}{' '}
                <a href={`/notifications/open?id=${n.id}&to=${encodeURIComponent(n.link)}`}>
                  {n.title}
                </a>
              </p>
              {n.body ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{n.body}</p> : null}
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
