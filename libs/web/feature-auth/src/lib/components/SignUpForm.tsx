'use client';

import { Button, ErrorSummary, Select, TextInput } from '@mic/web-ui';
import type { SelectOptionGroup } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { SignUpField } from '../utils/auth-schemas';
import { NOT_LISTED } from '../utils/membership-schemas';
import { PASSWORD_MIN_LENGTH } from '../utils/password-rules';
import type { FormState } from '../utils/form-state';
import {
  emptyFormState,
  fieldError,
  selectField,
  summaryItems,
  textField,
} from '../utils/form-state';

export type SignUpFormState = FormState<SignUpField>;

export interface SignUpFormProps {
  /** Server action: creates the account, sets the session cookie and redirects; returns errors otherwise. */
  action: (state: SignUpFormState, formData: FormData) => Promise<SignUpFormState>;
  /** Organisations from the directory, grouped by ICS. */
  organisationGroups: SelectOptionGroup[];
}

/** Create-an-account form (works without JavaScript). */
export function SignUpForm({ action, organisationGroups }: SignUpFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyFormState<SignUpField>());
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <h1 className="nhsuk-heading-xl">Create an account</h1>
      <p>
        Anyone working on the 4th purpose in the Midlands can join: NHS, councils, VCSE
        organisations, colleges, businesses and networks.
      </p>
      <form action={formAction} noValidate>
        <TextInput
          {...textField(state, 'name')}
          label="Full name"
          autoComplete="name"
          spellCheck={false}
        />
        <TextInput
          {...textField(state, 'email')}
          label="Email address"
          hint="Use your work email if you have one. We use it to verify your organisation."
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <Select
          {...selectField(state, 'organisationId')}
          label="Organisation"
          hint="Organisations are grouped by integrated care system (ICS). If yours is missing, choose “My organisation is not listed” at the end and ask for it to be added."
          options={[{ value: '', text: 'Select your organisation' }]}
          groups={[
            ...organisationGroups,
            {
              label: 'Not listed',
              options: [{ value: NOT_LISTED, text: 'My organisation is not listed' }],
            },
          ]}
        />
        <TextInput
          id="password"
          label="Create a password"
          hint={`Must be ${PASSWORD_MIN_LENGTH} characters or more. Avoid common passwords; a few unrelated words work well.`}
          type="password"
          autoComplete="new-password"
          error={fieldError(state, 'password')}
        />
        <Button>{pending ? 'Creating account…' : 'Create account'}</Button>
      </form>
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>
      </p>
    </>
  );
}
