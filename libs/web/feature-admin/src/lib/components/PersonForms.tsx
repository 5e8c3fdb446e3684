import type { Role } from '@mic/web-data-access';
import { ActionForm, Select, Textarea } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { ROLE_TEXT } from '../utils/people-params';

type FormAction = (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;

const INITIAL: ActionFormState = { errors: [] };

/** One of the person page's forms: errors in a summary, and without JavaScript back to its section (`#anchor`). */
function PersonForm({
  action,
  permalink,
  anchor,
  children,
}: {
  action: FormAction;
  permalink: string;
  anchor: string;
  children: ReactNode;
}): ReactElement {
  return (
    <ActionForm
      action={action}
      initialState={INITIAL}
      permalink={`${permalink}#${anchor}`}
      errorDisplay="summary"
    >
      {children}
    </ActionForm>
  );
}

export interface RoleRow {
  role: Role;
  ics: { odsCode: string; name: string } | null;
}

export interface RolesSectionProps {
  roles: readonly RoleRow[];
  /** Roles this admin may grant (the API checks again). */
  grantable: readonly Role[];
  /** ICSs this admin may scope an ICS admin role to. */
  icss: ReadonlyArray<{ odsCode: string; name: string }>;
  grantAction: FormAction;
  revokeAction: FormAction;
  permalink: string;
}

/** The person's roles, each with a Remove button, and the form to grant one. */
export function RolesSection({
  roles,
  grantable,
  icss,
  grantAction,
  revokeAction,
  permalink,
}: RolesSectionProps): ReactElement {
  return (
    <section aria-labelledby="roles-heading">
      <h2 className="nhsuk-heading-m" id="roles-heading">
        Roles
      </h2>
      <ul className="nhsuk-list nhsuk-list--border" data-testid="person-roles">
        {roles.map((r) => {
          const label = `${ROLE_TEXT[r.role]}${r.ics ? ` for ${r.ics.name}` : ''}`;
          return (
            <li key={`${r.role}:${r.ics?.odsCode ?? ''}`}>
              <PersonForm action={revokeAction} permalink={permalink} anchor="roles-heading">
                <input type="hidden" name="role" value={r.role} />
                <input type="hidden" name="ics" value={r.ics?.odsCode ?? ''} />
                <span className="nhsuk-body">{label}</span>{' '}
                <button
                  type="submit"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                >
                  Remove<span className="nhsuk-u-visually-hidden"> the role {label}</span>
                </button>
              </PersonForm>
            </li>
          );
        })}
      </ul>
      <h3 className="nhsuk-heading-s" id="grant-heading">
        Give a role
      </h3>
      <PersonForm action={grantAction} permalink={permalink} anchor="grant-heading">
        <Select
          id="grant-role"
          name="role"
          label="Role"
          options={[
            { value: '', text: 'Choose a role' },
            ...grantable.map((r) => ({ value: r, text: ROLE_TEXT[r] })),
          ]}
        />
        <Select
          id="grant-ics"
          name="ics"
          label="ICS"
          hint="Only for the ICS admin role: the ICS they administer"
          options={[
            { value: '', text: 'No ICS' },
            ...icss.map((i) => ({ value: i.odsCode, text: i.name })),
          ]}
        />
        <button type="submit" className="nhsuk-button">
          Give role
        </button>
      </PersonForm>
    </section>
  );
}

export interface MembershipSectionProps {
  /** 'approve' for regional admins (also after a decline), 'vouch' for ICS admins. */
  verifyWith: 'approve' | 'vouch';
  canDecline: boolean;
  organisationName: string;
  action: FormAction;
  permalink: string;
}

/** Verify or decline a pending membership. */
export function MembershipSection({
  verifyWith,
  canDecline,
  organisationName,
  action,
  permalink,
}: MembershipSectionProps): ReactElement {
  return (
    <section aria-labelledby="membership-heading">
      <h2 className="nhsuk-heading-m" id="membership-heading">
        Membership of {organisationName}
      </h2>
      <p className="nhsuk-body">
        Verify the membership only when you know this person works for {organisationName}. We tell
        them by email either way.
      </p>
      <PersonForm action={action} permalink={permalink} anchor="membership-heading">
        <div className="nhsuk-button-group">
          <button type="submit" name="decision" value={verifyWith} className="nhsuk-button">
            Verify membership
          </button>
          {canDecline ? (
            <button
              type="submit"
              name="decision"
              value="decline"
              className="nhsuk-button nhsuk-button--secondary"
            >
              Decline request
            </button>
          ) : null}
        </div>
      </PersonForm>
    </section>
  );
}

export interface SuspensionSectionProps {
  suspended: boolean;
  suspendAction: FormAction;
  restoreAction: FormAction;
  permalink: string;
}

/** Suspend (with a reason) or restore the account. */
export function SuspensionSection({
  suspended,
  suspendAction,
  restoreAction,
  permalink,
}: SuspensionSectionProps): ReactElement {
  return (
    <section aria-labelledby="suspension-heading">
      <h2 className="nhsuk-heading-m" id="suspension-heading">
        {suspended ? 'Restore account' : 'Suspend account'}
      </h2>
      {suspended ? (
        <PersonForm action={restoreAction} permalink={permalink} anchor="suspension-heading">
          <p className="nhsuk-body">
            Restoring lets them sign in again. Their roles and membership are unchanged.
          </p>
          <button type="submit" className="nhsuk-button">
            Restore account
          </button>
        </PersonForm>
      ) : (
        <PersonForm action={suspendAction} permalink={permalink} anchor="suspension-heading">
          <p className="nhsuk-body">
            A suspended person is signed out everywhere at once and cannot sign in until an admin
            restores the account.
          </p>
          <Textarea
            id="suspend-reason"
            name="reason"
            label="Why are you suspending this account?"
            hint="Admins see this and it is kept in the audit log. Do not include personal details."
            rows={3}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--warning">
            Suspend account
          </button>
        </PersonForm>
      )}
    </section>
  );
}
