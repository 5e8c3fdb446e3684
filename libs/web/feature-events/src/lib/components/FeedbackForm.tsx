'use client';

import type { EventFeedbackFormQuery } from '@mic/web-data-access';
import { Button, Checkboxes, ErrorSummary, errorSummaryItems, Radios, Textarea } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { formatLondonDateTime } from '../utils/event-format';

export interface FeedbackFormProps {
  eventId: string;
  eventTitle: string;
  caseStudies: EventFeedbackFormQuery['eventLinkedCaseStudies'];
  /** Feedback already given: the form shows it, pre-filled, to change. */
  given: EventFeedbackFormQuery['myEventFeedback'];
  /** Just saved: 'submitted' (first time) or 'updated'. */
  saved?: 'submitted' | 'updated';
  /** Server action (fields rating, useful, interested): submits, or saves changes when feedback was given; redirects when saved. */
  action: (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;
}

/** Errors from the last submission (by field: rating, useful, interested) and what was chosen and typed, kept. */
export interface FeedbackFormState {
  errors: Array<{ field?: 'rating' | 'useful' | 'interested'; message: string }>;
  values?: { rating?: string; useful?: string; interested?: string[] };
  submittedAt?: number;
}

const RATINGS = [
  { value: '5', text: '5 – excellent' },
  { value: '4', text: '4 – good' },
  { value: '3', text: '3 – fair' },
  { value: '2', text: '2 – poor' },
  { value: '1', text: '1 – very poor' },
];

/**
 * Post-event feedback: a rating, what was useful, and interest in adopting
 * linked case studies. Once given, the same form shows the answers to change
 * ("Save changes"). No JavaScript needed.
 */
export function FeedbackForm({
  eventId,
  eventTitle,
  caseStudies,
  given,
  saved,
  action,
}: FeedbackFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] } as FeedbackFormState);
  const errorFor = (field: 'rating' | 'useful' | 'interested') =>
    state.errors.find((e) => e.field === field)?.message;
  const ratingError = errorFor('rating');
  const usefulError = errorFor('useful');
  const interestedError = errorFor('interested');
  const typed = state.values;
  const interested = new Set(
    typed ? (typed.interested ?? []) : (given?.interestedIn.map((c) => c.id) ?? []),
  );
  // Keep an earlier interest in a case study no longer linked to the event, so saving does not drop it.
  const choices = [
    ...caseStudies,
    ...(given?.interestedIn ?? []).filter((c) => !caseStudies.some((cs) => cs.id === c.id)),
  ];
  return (
    <>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={errorSummaryItems(state.errors, (field) =>
          field === 'rating' ? 'rating-5' : field === 'interested' ? 'interested-0' : field,
        )}
      />
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">{given ? 'Your feedback' : 'Give feedback'}</h1>
      {saved ? (
        <div className="nhsuk-inset-text" role="status" data-testid="feedback-saved">
          <p>
            {saved === 'submitted'
              ? 'Thank you for your feedback.'
              : 'Your changes to your feedback have been saved.'}
          </p>
          {given?.interestedIn.length ? (
            <p>
              We have let the teams behind the practice you are interested in know, so they can get
              in touch.
            </p>
          ) : null}
        </div>
      ) : null}
      {given ? (
        <p data-testid="my-feedback">
          You gave this feedback on {formatLondonDateTime(given.createdAt)}
          {given.updatedAt
            ? ` and last changed it on ${formatLondonDateTime(given.updatedAt)}`
            : ''}
          . You can change your answers below.
        </p>
      ) : null}
      <form key={`form-${state.submittedAt ?? 0}`} action={formAction} noValidate>
        <Radios
          name="rating"
          legend="How would you rate the event overall?"
          legendSize="m"
          options={RATINGS}
          checked={typed ? typed.rating : given ? String(given.rating) : undefined}
          error={ratingError}
          idFor={(r) => `rating-${r.value}`}
        />
        <Textarea
          id="useful"
          label="What was useful? (optional)"
          labelSize="s"
          rows={5}
          defaultValue={typed ? typed.useful : (given?.useful ?? undefined)}
          error={usefulError}
        />
        {choices.length ? (
          <Checkboxes
            name="interested"
            legend="Are you interested in adopting any of this practice? (optional)"
            legendSize="m"
            hint="We will let the team behind it know, so they can get in touch."
            options={choices.map((cs) => ({ value: cs.id, text: cs.title }))}
            checked={interested}
            error={interestedError}
            idFor={(_, index) => `interested-${index}`}
          />
        ) : null}
        <Button>{given ? 'Save changes' : 'Send feedback'}</Button>
      </form>
      <p>
        <a href={`/events/${eventId}`}>Back to the event</a>
      </p>
    </>
  );
}
