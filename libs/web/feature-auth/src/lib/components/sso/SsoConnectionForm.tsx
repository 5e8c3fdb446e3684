'use client';

import { Button, Checkboxes, ErrorSummary, TextInput, Textarea } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { SsoConnectionField } from '../../utils/sso-connection-schema';
import type { FormState } from '../../utils/form-state';
import { emptyFormState, fieldError, summaryItems } from '../../utils/form-state';

export type SsoConnectionFormState = FormState<SsoConnectionField>;

export interface SsoConnectionFormValues {
  id?: string;
  displayName: string;
  issuer: string;
  clientId: string;
  emailDomains: string[];
  verifiesMembership: boolean;
}

export interface SsoConnectionFormProps {
  action: (state: SsoConnectionFormState, formData: FormData) => Promise<SsoConnectionFormState>;
  /** The saved connection when editing. */
  connection?: SsoConnectionFormValues;
  /** The redirect (callback) URL to register with the provider. */
  redirectUrl: string;
}

/** Add or change an organisation sign-in connection (regional admins). Works without JavaScript. */
export function SsoConnectionForm({ action, connection, redirectUrl }: SsoConnectionFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<SsoConnectionField>());
  const value = (field: SsoConnectionField, saved?: string) => state.values[field] ?? saved ?? '';
  const editing = !!connection?.id;
  const verifies = state.values.verifiesMembership ?? (connection?.verifiesMembership ? 'yes' : '');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <form action={formAction} noValidate>
        {editing ? <input type="hidden" name="id" value={connection.id} /> : null}
        <p>
          Register this redirect (callback) URL with the identity provider: <code>{redirectUrl}</code>
        </p>
        <TextInput
          id="displayName"
          label="Display name"
          hint='Shown on the sign-in button: "Continue with NHSmail".'
          defaultValue={value('displayName', connection?.displayName)}
          error={fieldError(state, 'displayName')}
        />
        <TextInput
          id="issuer"
          label="Issuer URL"
          hint="From the provider, like https://login.microsoftonline.com/<tenant>/v2.0"
          spellCheck={false}
          defaultValue={value('issuer', connection?.issuer)}
          error={fieldError(state, 'issuer')}
        />
        <TextInput
          id="clientId"
          label="Client id"
          spellCheck={false}
          defaultValue={value('clientId', connection?.clientId)}
          error={fieldError(state, 'clientId')}
        />
        <TextInput
          id="clientSecret"
          label="Client secret"
          type="password"
          autoComplete="off"
          hint={editing ? 'Stored encrypted and never shown. Leave blank to keep the current secret.' : 'Stored encrypted and never shown again.'}
          error={fieldError(state, 'clientSecret')}
        />
        <Textarea
          id="emailDomains"
          label="Email domains"
          hint="People whose address is on one of these domains sign in through this provider. One per line or separated by commas, like nhs.net."
          rows={3}
          defaultValue={value('emailDomains', connection?.emailDomains.join('\n'))}
          error={fieldError(state, 'emailDomains')}
        />
        <Checkboxes
          name="verifiesMembership"
          legend="Membership"
          legendSize="s"
          options={[
            {
              value: 'yes',
              text: 'A sign-in through this provider verifies membership',
              hint: 'The person becomes a verified member of the organisation that owns their email domain. Otherwise their membership waits for an admin.',
            },
          ]}
          checked={verifies === 'yes' ? ['yes'] : []}
          error={fieldError(state, 'verifiesMembership')}
        />
        <Button>{pending ? 'Saving…' : editing ? 'Save changes' : 'Add connection'}</Button>
      </form>
    </>
  );
}
