'use client';

import type { EventCaseStudiesQuery } from '@mic/web-data-access';
import { BackLink, Button, ErrorSummary, TableHead, TableScroll, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { EventCaseStudiesSearchParams, LinkedCaseStudy } from '../utils/event-case-studies';

/** The last column's heading: the Add or Remove buttons (named for screen readers only). */
const ACTION_COLUMN = { text: <span className="nhsuk-u-visually-hidden">Action</span> };

export interface EventCaseStudyPickerProps {
  event: { id: string; title: string };
  /** Every case study linked to the event (untitled when no longer published). */
  linked: LinkedCaseStudy[];
  /** Published case studies matching the search (or the latest, without one). */
  results: EventCaseStudiesQuery['caseStudies'];
  params: EventCaseStudiesSearchParams;
  /** Server action adding or removing one case study (fields intent = add | remove, caseStudyId, title). */
  action: (state: EventCaseStudyPickerState, formData: FormData) => Promise<EventCaseStudyPickerState>;
}

/** What the last add or remove did, or what went wrong (form state, never in the URL). */
export interface EventCaseStudyPickerState {
  errors: Array<{ message: string }>;
  message?: string;
  submittedAt?: number;
}

/**
 * Organisers choose the case studies shown at an event: the ones linked now
 * (each can be removed) and a search of every published case study by title
 * (GET, so it works without JavaScript) to add more.
 */
export function EventCaseStudyPicker({ event, linked, results, params, action }: EventCaseStudyPickerProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] } as EventCaseStudyPickerState);
  const linkedIds = new Set(linked.map((cs) => cs.id));
  const shown = results.edges.map((e) => e.node);
  return (
    <>
      <BackLink href={`/events/${event.id}/edit`}>Back to editing the event</BackLink>
      <ErrorSummary key={`summary-${state.submittedAt ?? 0}`} errors={state.errors} />
      <span className="nhsuk-caption-l">{event.title}</span>
      <h1 className="nhsuk-heading-xl">Case studies shown at this event</h1>
      <p>Delegates can say in their feedback that they are interested in adopting these. We let the team behind each one know.</p>
      {state.message ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{state.message}</p>
        </div>
      ) : null}

      <h2 className="nhsuk-heading-m">Shown at this event</h2>
      {linked.length ? (
        <TableScroll labelledBy="linked-case-studies-caption" stickyFirstColumn>
        <table className="nhsuk-table" data-testid="linked-case-studies">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id="linked-case-studies-caption">
            Case studies shown at {event.title}
          </caption>
          <TableHead columns={['Case study', ACTION_COLUMN]} />
          <tbody className="nhsuk-table__body">
            {linked.map((cs) => (
              <tr key={cs.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {cs.title && cs.slug ? <a href={`/case-studies/${cs.slug}`}>{cs.title}</a> : 'A case study that is no longer published'}
                </td>
                <td className="nhsuk-table__cell">
                  <form action={formAction}>
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="caseStudyId" value={cs.id} />
                    <input type="hidden" name="title" value={cs.title ?? ''} />
                    <Button small variant="secondary">
                      Remove<span className="nhsuk-u-visually-hidden"> {cs.title ?? 'this case study'}</span>
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ) : (
        <p data-testid="linked-case-studies">None yet. Find one below to add it.</p>
      )}

      <h2 className="nhsuk-heading-m">Add a case study</h2>
      <form method="get" action={`/events/${event.id}/case-studies`} role="search" aria-label="Published case studies">
        <TextInput id="q" label="Search published case studies" hint="Words from the title or summary" type="search" defaultValue={params.q} width={20} />
        <Button variant="secondary">Search</Button>
      </form>
      <h3 className="nhsuk-heading-s" id="results-heading">
        {params.q ? `${results.totalCount} ${results.totalCount === 1 ? 'result' : 'results'} for “${params.q}”` : 'Latest published case studies'}
      </h3>
      {shown.length ? (
        <TableScroll labelledBy="results-heading" stickyFirstColumn>
        <table className="nhsuk-table" aria-labelledby="results-heading" data-testid="case-study-results">
          <TableHead columns={['Case study', 'Organisation', ACTION_COLUMN]} />
          <tbody className="nhsuk-table__body">
            {shown.map((cs) => (
              <tr key={cs.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
                </td>
                <td className="nhsuk-table__cell">{cs.organisation.name}</td>
                <td className="nhsuk-table__cell">
                  {linkedIds.has(cs.id) ? (
                    'Shown'
                  ) : (
                    <form action={formAction}>
                      <input type="hidden" name="intent" value="add" />
                      <input type="hidden" name="caseStudyId" value={cs.id} />
                      <input type="hidden" name="title" value={cs.title} />
                      <Button small variant="secondary">
                        Add<span className="nhsuk-u-visually-hidden"> {cs.title}</span>
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ) : (
        <p>No published case studies match. Try other words.</p>
      )}
      {results.totalCount > shown.length ? (
        <p>
          Showing {shown.length} of {results.totalCount}. Search to find others.
        </p>
      ) : null}
      <p>
        <a href={`/events/${event.id}`}>Done: back to the event</a>
      </p>
    </>
  );
}
