'use client';

import { Button, ErrorSummary, Select, TextInput } from '@mic/web-ui';
import type { SelectOption } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { emptyFormState, selectField, summaryItems, textField } from '../../utils/form-state';
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
          {...textField(state, 'name')}
          label="Organisation name"
          hint="Its full name, as on its website or letters."
          autoComplete="organization"
        />
        <Select
          {...selectField(state, 'typeKey')}
          label="Type of organisation"
          options={[{ value: '', text: 'Select a type' }, ...types]}
        />
        <Select
          {...selectField(state, 'icsOdsCode')}
          label="Integrated care system (ICS)"
          hint="Where it mainly works. The admins for this ICS decide the request."
          options={[{ value: '', text: 'Select an ICS' }, ...icss]}
        />
        <TextInput
          {...textField(state, 'website')}
          label="Website (optional)"
          hint="For example, https://www.walsall.gov.uk"
          autoComplete="url"
          spellCheck={false}
        />
        <TextInput
          {...textField(state, 'emailDomain')}
          label="Staff email domain (optional)"
          hint="The part after @ in staff email addresses, for example walsall.gov.uk. Staff who confirm an address on it are verified automatically."
          spellCheck={false}
          width={20}
        />
        <Button>{pending ? 'Sending…' : 'Ask for it to be added'}</Button>
      </form>
    </>
  );
}
