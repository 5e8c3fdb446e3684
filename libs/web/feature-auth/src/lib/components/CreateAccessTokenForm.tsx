'use client';

import { Button, DateInput, ErrorSummary, Radios, TextInput, errorSummaryItems } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { AccessTokenFormState } from '../utils/access-token-form';
import { ACCESS_TOKEN_NAME_MAX } from '../utils/access-token-form';
import { formatDate } from '../utils/dates';
import { fieldError } from '../utils/form-state';

export interface CreateAccessTokenFormProps {
  /** Server action: creates the token and answers with it (shown once), or with errors. */
  action: (state: AccessTokenFormState, formData: FormData) => Promise<AccessTokenFormState>;
}

const SCOPES = [
  {
    value: 'READ',
    text: 'Read only',
    hint: 'Runs queries: read what you can see on the website. Any change is refused.',
  },
  {
    value: 'READ_WRITE',
    text: 'Read and write',
    hint: 'Also makes changes as you, with your permissions. Only choose this if the tool needs it.',
  },
];

/** The create form; after a creation, the new token (once) instead. Works without JavaScript. */
export function CreateAccessTokenForm({ action }: CreateAccessTokenFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, { errors: [], values: {} } as AccessTokenFormState);
  if (state.created) return <NewTokenPanel created={state.created} />;
  const values = state.form;
  return (
    <>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={errorSummaryItems(state.errors, (field) => (field === 'expiresAt' ? 'expiresAt-day' : field))}
      />
      <h2 className="nhsuk-heading-m">Create a token</h2>
      <form action={formAction} noValidate>
        <TextInput
          id="name"
          label="Name"
          hint={`What the token is for, so you recognise it later. For example, "Power BI refresh". Up to ${ACCESS_TOKEN_NAME_MAX} characters.`}
          error={fieldError(state, 'name')}
          defaultValue={values?.name}
          spellCheck={false}
        />
        <Radios
          name="scope"
          legend="What can the token do?"
          options={SCOPES}
          checked={values?.scope ?? 'READ'}
          error={fieldError(state, 'scope')}
        />
        <DateInput
          id="expiresAt"
          legend="Expiry date (optional)"
          hint="The token stops working at the end of this day. At most a year from today. Leave blank for a token that never expires (we recommend an expiry). For example, 31 3 2027"
          error={fieldError(state, 'expiresAt')}
          defaultValue={values ? { day: values.day, month: values.month, year: values.year } : undefined}
        />
        <Button>{pending ? 'Creating…' : 'Create token'}</Button>
      </form>
    </>
  );
}

function NewTokenPanel({ created }: { created: NonNullable<AccessTokenFormState['created']> }): ReactElement {
  return (
    <div className="nhsuk-card nhsuk-card--feature" data-testid="new-access-token">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">
          Your new token: {created.name}
        </h2>
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Copy it now
            </span>
          </h3>
          <p>
            This is the only time the token is shown. We keep only a scrambled copy, so we cannot show it
            again. Treat it like a password: anyone who has it can{' '}
            {created.scope === 'READ' ? 'read what you can see' : 'read and make changes as you'}.
          </p>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="new-token">
            Token
          </label>
          <div className="nhsuk-hint" id="new-token-hint">
            Select all of it and copy it (Ctrl+C, or Cmd+C on a Mac) into your tool&apos;s settings. Send it as{' '}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </div>
          <input
            className="nhsuk-input"
            id="new-token"
            type="text"
            readOnly
            value={created.token}
            aria-describedby="new-token-hint"
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <p>
          {created.expiresAt ? `It expires at the end of ${formatDate(created.expiresAt)}.` : 'It never expires.'}{' '}
          <a href="/developers">How to use the API</a>
        </p>
        <p>
          <a href="/account/tokens">I have copied it: back to my tokens</a>
        </p>
      </div>
    </div>
  );
}
