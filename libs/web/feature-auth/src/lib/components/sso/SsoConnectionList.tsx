import { SummaryList } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

export interface SsoConnectionItem {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  emailDomains: string[];
  verifiesMembership: boolean;
  redirectUrl: string;
}

export interface SsoConnectionListProps {
  connections: SsoConnectionItem[];
  /** A delete button (a form posting to a server action) for one connection. */
  deleteControl: (connection: SsoConnectionItem) => ReactNode;
}

/** The organisation sign-in connections, each with the redirect URL to register with its provider. */
export function SsoConnectionList({ connections, deleteControl }: SsoConnectionListProps): ReactElement {
  if (!connections.length) return <p>No organisation sign-in is set up yet: everyone signs in with a password.</p>;
  return (
    <>
      {connections.map((c) => (
        <section key={c.id} className="nhsuk-card" aria-labelledby={`sso-${c.id}`}>
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`sso-${c.id}`}>
              {c.displayName}
            </h2>
            <SummaryList
              rows={[
                { key: 'Email domains', value: c.emailDomains.join(', ') },
                { key: 'Issuer URL', value: c.issuer },
                { key: 'Client id', value: c.clientId },
                { key: 'Client secret', value: 'Stored encrypted' },
                { key: 'Membership', value: c.verifiesMembership ? 'Verified by sign-in' : 'Waits for an admin' },
                { key: 'Redirect (callback) URL', value: <code>{c.redirectUrl}</code> },
              ]}
            />
            <p>
              <a href={`/admin/sign-in/${c.id}`}>
                Change<span className="nhsuk-u-visually-hidden"> {c.displayName}</span>
              </a>
            </p>
            {deleteControl(c)}
          </div>
        </section>
      ))}
    </>
  );
}
