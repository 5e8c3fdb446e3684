'use client';

import type { AdminOrganisationRequestFragment } from '@mic/web-data-access';
import { Button, ErrorSummary, Select, Textarea, TextInput } from '@mic/web-ui';
import type { SelectOption } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { formatDate } from '../../utils/dates';
import { emptyFormState } from '../../utils/form-state';
import type {
  ActionState,
  CreateRequestedOrganisationField,
  RejectOrganisationRequestField,
} from '../../utils/membership-schemas';
import { SuccessBanner } from './SuccessBanner';

type CreateState = ActionState<CreateRequestedOrganisationField>;
type RejectState = ActionState<RejectOrganisationRequestField>;

export interface AdminOrganisationRequestsProps {
  /** Requests waiting for a decision. */
  requests: readonly AdminOrganisationRequestFragment[];
  types: SelectOption[];
  createAction: (state: CreateState, formData: FormData) => Promise<CreateState>;
  rejectAction: (state: RejectState, formData: FormData) => Promise<RejectState>;
}

/** Field ids are unique per request: `name-<requestId>`. */
const fieldId = (field: string, requestId: string): string => `${field}-${requestId}`;

function errorFor<TField extends string>(
  state: ActionState<TField>,
  requestId: string,
  field: TField,
): string | undefined {
  return state.targetId === requestId
    ? state.errors.find((error) => error.field === field)?.message
    : undefined;
}

/**
 * The admin queue of "my organisation is not listed" requests: for each, a
 * form to add it (pre-filled with what was asked, so it can be corrected) and
 * one to reject it with a reason. Works without JavaScript.
 */
export function AdminOrganisationRequests({
  requests,
  types,
  createAction,
  rejectAction,
}: AdminOrganisationRequestsProps): ReactElement {
  const [created, create, creating] = useActionState(
    createAction,
    emptyFormState<CreateRequestedOrganisationField>() as CreateState,
  );
  const [rejected, reject, rejecting] = useActionState(
    rejectAction,
    emptyFormState<RejectOrganisationRequestField>() as RejectState,
  );
  // Show the latest outcome of either form.
  const latest = (created.submittedAt ?? 0) >= (rejected.submittedAt ?? 0) ? created : rejected;
  const summary = latest.errors.map((error) =>
    error.field && latest.targetId
      ? { fieldId: fieldId(error.field, latest.targetId), message: error.message }
      : { message: error.message },
  );
  return (
    <>
      <ErrorSummary key={latest.submittedAt ?? 0} errors={summary} />
      {latest.success ? <SuccessBanner>{latest.success}</SuccessBanner> : null}
      {requests.length === 0 ? (
        <p data-testid="no-organisation-requests">No organisation requests are waiting.</p>
      ) : (
        <ul className="nhsuk-list" data-testid="organisation-requests">
          {requests.map((request) => {
            const values = created.targetId === request.id ? created.values : {};
            return (
              <li key={request.id} className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading nhsuk-heading-m">{request.name}</h3>
                  <p className="nhsuk-body-s">
                    Asked by {request.requestedBy.name} on {formatDate(request.createdAt)} for{' '}
                    {request.ics.shortName} ICS
                    {request.type ? ` (${request.type.label})` : ''}.
                  </p>
                  <form action={create} noValidate>
                    <input type="hidden" name="requestId" value={request.id} />
                    <TextInput
                      id={fieldId('name', request.id)}
                      name="name"
                      label="Organisation name"
                      defaultValue={values.name ?? request.name}
                      error={errorFor(created, request.id, 'name')}
                    />
                    <Select
                      id={fieldId('typeKey', request.id)}
                      name="typeKey"
                      label="Type of organisation"
                      options={types}
                      defaultValue={values.typeKey ?? request.typeKey}
                      error={errorFor(created, request.id, 'typeKey')}
                    />
                    <TextInput
                      id={fieldId('website', request.id)}
                      name="website"
                      label="Website (optional)"
                      spellCheck={false}
                      defaultValue={values.website ?? request.website ?? ''}
                      error={errorFor(created, request.id, 'website')}
                    />
                    <TextInput
                      id={fieldId('emailDomain', request.id)}
                      name="emailDomain"
                      label="Staff email domain (optional)"
                      hint="Staff who confirm an address on this domain are verified automatically."
                      spellCheck={false}
                      width={20}
                      defaultValue={values.emailDomain ?? request.emailDomain ?? ''}
                      error={errorFor(created, request.id, 'emailDomain')}
                    />
                    <Button>
                      {creating ? (
                        'Adding…'
                      ) : (
                        <>
                          Add<span className="nhsuk-u-visually-hidden"> {request.name}</span> to the
                          directory
                        </>
                      )}
                    </Button>
                  </form>
                  <details
                    className="nhsuk-details"
                    open={rejected.targetId === request.id && rejected.errors.length > 0}
                  >
                    <summary className="nhsuk-details__summary">
                      <span className="nhsuk-details__summary-text">
                        Reject this request
                        <span className="nhsuk-u-visually-hidden"> for {request.name}</span>
                      </span>
                    </summary>
                    <div className="nhsuk-details__text">
                      <form action={reject} noValidate>
                        <input type="hidden" name="requestId" value={request.id} />
                        <Textarea
                          id={fieldId('reason', request.id)}
                          name="reason"
                          label="Reason"
                          hint="The person who asked will see this. For example: it is already listed as …"
                          rows={3}
                          defaultValue={
                            rejected.targetId === request.id ? rejected.values.reason : undefined
                          }
                          error={errorFor(rejected, request.id, 'reason')}
                        />
                        <Button variant="warning">
                          {rejecting ? 'Rejecting…' : 'Reject request'}
                          <span className="nhsuk-u-visually-hidden"> for {request.name}</span>
                        </Button>
                      </form>
                    </div>
                  </details>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
