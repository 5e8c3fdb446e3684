'use client';

import type { MembershipRequestRowFragment } from '@mic/web-data-access';
import { Button, ErrorSummary, SummaryList, Tag } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { formatDate } from '../../utils/dates';
import { emptyFormState, summaryItems } from '../../utils/form-state';
import type { ActionState } from '../../utils/membership-schemas';
import { SuccessBanner } from './SuccessBanner';

export interface MembershipRequestListProps {
  requests: readonly MembershipRequestRowFragment[];
  /** Server action: vouch, decline or approve (the pressed button's `decision`). */
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Regional admins may also approve (including after a decline). */
  canApprove?: boolean;
  /** The page to come back to (`/members/requests` or `/admin/requests`). */
  back: '/members/requests' | '/admin/requests';
  /** Heading level of each person's name. */
  headingLevel?: 2 | 3;
}

/** People waiting to join, each with Vouch and Decline (and Approve for regional admins). */
export function MembershipRequestList({
  requests,
  action,
  canApprove,
  back,
  headingLevel = 2,
}: MembershipRequestListProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    emptyFormState<string>() as ActionState,
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={summaryItems(state)} />
      {state.success ? <SuccessBanner>{state.success}</SuccessBanner> : null}
      {requests.length === 0 ? (
        <p data-testid="no-membership-requests">Nobody is waiting to join at the moment.</p>
      ) : (
        <ul className="nhsuk-list" data-testid="membership-requests">
          {requests.map((request) => (
            <li key={request.id} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <Heading className="nhsuk-card__heading nhsuk-heading-m">
                  {request.user.name}
                </Heading>
                <SummaryList
                  rows={[
                    {
                      key: 'Email address',
                      value: <span className="mic-break-anywhere">{request.email}</span>,
                    },
                    { key: 'Organisation', value: request.organisation.name },
                    { key: 'Asked on', value: formatDate(request.requestedAt) },
                    {
                      key: 'Email confirmed',
                      value: request.emailConfirmed ? (
                        <Tag colour="green">Yes</Tag>
                      ) : (
                        <Tag colour="grey">No</Tag>
                      ),
                    },
                    {
                      key: 'Email on the organisation’s domain',
                      value: request.emailDomainMatches ? (
                        <Tag colour="green">Yes</Tag>
                      ) : (
                        <Tag colour="grey">No</Tag>
                      ),
                    },
                  ]}
                />
                <form action={formAction} className="mic-button-row">
                  <input type="hidden" name="userId" value={request.user.id} />
                  <input type="hidden" name="name" value={request.user.name} />
                  <input type="hidden" name="organisation" value={request.organisation.name} />
                  <input type="hidden" name="back" value={back} />
                  {canApprove ? (
                    <Button name="decision" value="approve">
                      Approve<span className="nhsuk-u-visually-hidden"> {request.user.name}</span>
                    </Button>
                  ) : (
                    <Button name="decision" value="vouch">
                      Vouch<span className="nhsuk-u-visually-hidden"> for {request.user.name}</span>
                    </Button>
                  )}
                  <Button name="decision" value="decline" variant="secondary">
                    Decline<span className="nhsuk-u-visually-hidden"> {request.user.name}</span>
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pending ? (
        <p className="nhsuk-body-s" role="status">
          Saving…
        </p>
      ) : null}
    </>
  );
}
