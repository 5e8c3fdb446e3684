'use client';

import { Button, ErrorSummary, Select } from '@mic/web-ui';
import type { SelectOptionGroup } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { emptyFormState, fieldError, summaryItems } from '../../utils/form-state';
import type { ActionState, RequestMembershipField } from '../../utils/membership-schemas';

export interface RequestMembershipFormProps {
  /** Server action: `requestMembership`, then back to this page with a notice. */
  action: (
    state: ActionState<RequestMembershipField>,
    formData: FormData,
  ) => Promise<ActionState<RequestMembershipField>>;
  organisationGroups: SelectOptionGroup[];
  /** The organisation asked for now, preselected. */
  currentOrganisationId?: string;
  /** Name of the organisation the person is a verified member of: switching drops it. */
  verifiedOrganisationName?: string;
}

/** Choose the organisation to join (grouped by ICS). */
export function RequestMembershipForm({
  action,
  organisationGroups,
  currentOrganisationId,
  verifiedOrganisationName,
}: RequestMembershipFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    emptyFormState<RequestMembershipField>() as ActionState<RequestMembershipField>,
  );
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      {verifiedOrganisationName ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Switching drops your verified membership
            </span>
          </h3>
          <p>
            You are a verified member of {verifiedOrganisationName}. If you ask to join another
            organisation, you stop being a member of {verifiedOrganisationName} at once and cannot
            edit its content. Your membership of the new organisation then has to be verified.
          </p>
        </div>
      ) : null}
      <form action={formAction} noValidate>
        <Select
          id="organisationId"
          label="Organisation"
          hint="Organisations are grouped by integrated care system (ICS)."
          options={[{ value: '', text: 'Select your organisation' }]}
          groups={organisationGroups}
          defaultValue={state.values.organisationId ?? currentOrganisationId ?? ''}
          error={fieldError(state, 'organisationId')}
        />
        <Button>{pending ? 'Sending…' : 'Ask to join'}</Button>
      </form>
      <p>
        <a href="/organisations/request">My organisation is not listed</a>
      </p>
    </>
  );
}
