'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { OrganiserFormState } from '../../../../../lib/events/actions';

interface OrganiserFormProps {
  action: (state: OrganiserFormState, formData: FormData) => Promise<OrganiserFormState>;
}

/** One email field; a refused submission shows an NHS error summary and keeps what was typed. */
export function OrganiserForm({ action }: OrganiserFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const error = state.errors[0]?.message;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({ message: e.message, href: '#email' }))}
      />
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="email">
          Email address of the person to add
        </label>
        <div className="nhsuk-hint" id="email-hint">
          They need an account on the Commons. They will be able to manage this event as you can.
        </div>
        {error ? (
          <span className="nhsuk-error-message" id="email-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <input
          className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
          id="email"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.email ?? ''}
          aria-describedby={error ? 'email-hint email-error' : 'email-hint'}
        />
      </div>
      <button type="submit" className="nhsuk-button">
        Add co-organiser
      </button>
    </form>
  );
}
