import type { MySessionsQuery } from '@mic/web-data-access';
import { Button, SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

export type SessionItem = MySessionsQuery['mySessions'][number];

export interface SessionsListProps {
  sessions: SessionItem[];
  /** Server action: signs out the session named by the form's `id` field. */
  revokeAction: (formData: FormData) => Promise<void>;
  /** Server action: signs out everywhere (`scope=all`) or everywhere else (`scope=others`). */
  revokeAllAction: (formData: FormData) => Promise<void>;
}

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/**
 * "Where you're signed in": one card per session with a sign-out button, and
 * sign out everywhere. Plain POST forms: no JavaScript needed.
 */
export function SessionsList({ sessions, revokeAction, revokeAllAction }: SessionsListProps): ReactElement {
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      <h1 className="nhsuk-heading-xl">Where you are signed in</h1>
      <p>
        These are the browsers and apps signed in to your account. If you do not recognise one,
        sign it out and <a href="/account/password">change your password</a>.
      </p>
      <p className="nhsuk-body-s">
        The network is the start of the internet address the session signed in from. We do not look
        up locations, so it is not a place.
      </p>
      {sessions.map((session) => (
        <div className="nhsuk-card" key={session.id}>
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m">
              {session.browser} on {session.os}{' '}
              {session.current ? <Tag colour="green">This session</Tag> : null}
            </h2>
            <SummaryList
              rows={[
                { key: 'Network', value: session.network },
                { key: 'Signed in', value: when.format(new Date(session.createdAt)) },
                { key: 'Last used', value: when.format(new Date(session.lastUsedAt)) },
              ]}
            />
            <form action={revokeAction}>
              <input type="hidden" name="id" value={session.id} />
              {session.current ? <input type="hidden" name="current" value="1" /> : null}
              <Button variant="secondary" small>
                {session.current ? 'Sign out of this session' : `Sign out ${session.browser} on ${session.os}`}
              </Button>
            </form>
          </div>
        </div>
      ))}
      <h2 className="nhsuk-heading-m">Sign out everywhere</h2>
      {others > 0 ? (
        <form action={revokeAllAction}>
          <input type="hidden" name="scope" value="others" />
          <Button variant="secondary">Sign out of all other sessions</Button>
        </form>
      ) : null}
      <form action={revokeAllAction}>
        <input type="hidden" name="scope" value="all" />
        <Button variant="warning">Sign out everywhere, including here</Button>
      </form>
    </>
  );
}
