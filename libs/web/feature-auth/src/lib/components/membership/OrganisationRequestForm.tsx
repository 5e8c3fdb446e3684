'use client';

import { Button, ErrorSummary, Select, TextInput } from '@mic/web-ui';
import type { SelectOption } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { emptyFormState, fieldError, summaryItems } from '../../utils/form-state';
import type { ActionState, OrganisationRequestField } from '../../utils/membership-schemas';

export interface OrganisationRequestFormProps {
  /** Server action: `requestOrganisation`, then back with a notice. */
  action: (
    state: ActionState<OrganisationRequestField>,
    formData: FormData,
  ) => Promise<ActionState<OrganisationRequestField>>;
  types: SelectOption[];
  icss: SelectOption[];
}

/** "My organisation is not listed": ask for it to be added (works without JavaScript). */
export function OrganisationRequestForm({
  action,
  types,
  icss,
}: OrganisationRequestFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    emptyFormState<OrganisationRequestField>() as ActionState<OrganisationRequestField>,
  );
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      <form action={formAction} noValidate>
        <TextInput
          id="name"
          label="Organisation name"
          hint="Its full name, as on its website or letters."
          autoComplete="organization"
          defaultValue={state.values.name}
          error={fieldError(state, 'name')}
        />
        <Select
          id="typeKey"
          label="Type of organisation"
          options={[{ value: '', text: 'Select a type' }, ...types]}
          defaultValue={state.values.typeKey ?? ''}
          error={fieldError(state, 'typeKey')}
        />
        <Select
          id="icsOdsCode"
          label="Integrated care system (ICS)"
          hint="Where it mainly works. The admins for this ICS decide the request."
          options={[{ value: '', text: 'Select an ICS' }, ...icss]}
          defaultValue={state.values.icsOdsCode ?? ''}
          error={fieldError(state, 'icsOdsCode')}
        />
        <TextInput
          id="website"
          label="Website (optional)"
          hint="For example, https://www.walsall.gov.uk"
          autoComplete="url"
          spellCheck={false}
          defaultValue={state.values.website}
          error={fieldError(state, 'website')}
        />
        <TextInput
          id="emailDomain"
          label="Staff email domain (optional)"
          hint="The part after @ in staff email addresses, for example walsall.gov.uk. Staff who confirm an address on it are verified automatically."
          spellCheck={false}
          width={20}
          defaultValue={state.values.emailDomain}
          error={fieldError(state, 'emailDomain')}
        />
        <Button>{pending ? 'Sending…' : 'Ask for it to be added'}</Button>
      </form>
    </>
  );
}
