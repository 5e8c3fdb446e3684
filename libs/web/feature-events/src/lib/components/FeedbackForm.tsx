import type { EventFeedbackFormQuery } from '@mic/web-data-access';
import { Button, ErrorMessage, ErrorSummary } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface FeedbackFormProps {
  eventId: string;
  eventTitle: string;
  caseStudies: EventFeedbackFormQuery['eventLinkedCaseStudies'];
  /** Feedback already given: shown instead of the form. */
  given: EventFeedbackFormQuery['myEventFeedback'];
  /** An error from the last submission and the field it belongs to. */
  error?: string;
  errorField?: string;
  /** Server action (fields rating, useful, interested). */
  action: (formData: FormData) => Promise<void>;
}

const RATINGS = [
  { value: '5', text: '5 – excellent' },
  { value: '4', text: '4 – good' },
  { value: '3', text: '3 – fair' },
  { value: '2', text: '2 – poor' },
  { value: '1', text: '1 – very poor' },
];

/** Post-event feedback: a rating, what was useful, and interest in adopting linked case studies. No JavaScript needed. */
export function FeedbackForm({ eventId, eventTitle, caseStudies, given, error, errorField, action }: FeedbackFormProps): ReactElement {
  if (given) {
    return (
      <>
        <span className="nhsuk-caption-l">{eventTitle}</span>
        <h1 className="nhsuk-heading-xl">Thank you for your feedback</h1>
        <dl className="nhsuk-summary-list" data-testid="my-feedback">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Rating</dt>
            <dd className="nhsuk-summary-list__value">{given.rating} out of 5</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">What was useful</dt>
            <dd className="nhsuk-summary-list__value">{given.useful || 'Not given'}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Interested in adopting</dt>
            <dd className="nhsuk-summary-list__value">{given.interestedIn.map((c) => c.title).join(', ') || 'None'}</dd>
          </div>
        </dl>
        {given.interestedIn.length ? <p>We have let the teams behind the practice you are interested in know, so they can get in touch.</p> : null}
        <p>
          <a href={`/events/${eventId}`}>Back to the event</a>
        </p>
      </>
    );
  }
  const ratingError = errorField === 'rating' ? error : undefined;
  const usefulError = errorField === 'useful' ? error : undefined;
  const interestedError = errorField === 'interested' ? error : undefined;
  return (
    <>
      {error ? <ErrorSummary errors={[{ fieldId: errorField === 'rating' ? 'rating-5' : errorField === 'interested' ? 'interested-0' : errorField, message: error }]} /> : null}
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Give feedback</h1>
      <form action={action} noValidate>
        <div className={`nhsuk-form-group${ratingError ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={ratingError ? 'rating-error' : undefined}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">How would you rate the event overall?</legend>
            {ratingError ? <ErrorMessage id="rating-error" message={ratingError} /> : null}
            <div className="nhsuk-radios">
              {RATINGS.map((r) => (
                <div key={r.value} className="nhsuk-radios__item">
                  <input className="nhsuk-radios__input" id={`rating-${r.value}`} name="rating" type="radio" value={r.value} />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`rating-${r.value}`}>
                    {r.text}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`nhsuk-form-group${usefulError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="useful">
            What was useful? (optional)
          </label>
          {usefulError ? <ErrorMessage id="useful-error" message={usefulError} /> : null}
          <textarea
            className={`nhsuk-textarea${usefulError ? ' nhsuk-textarea--error' : ''}`}
            id="useful"
            name="useful"
            rows={5}
            aria-describedby={usefulError ? 'useful-error' : undefined}
          />
        </div>
        {caseStudies.length ? (
          <div className={`nhsuk-form-group${interestedError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset className="nhsuk-fieldset" aria-describedby={`interested-hint${interestedError ? ' interested-error' : ''}`}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Are you interested in adopting any of this practice? (optional)</legend>
              <div className="nhsuk-hint" id="interested-hint">
                We will let the team behind it know, so they can get in touch.
              </div>
              {interestedError ? <ErrorMessage id="interested-error" message={interestedError} /> : null}
              <div className="nhsuk-checkboxes">
                {caseStudies.map((cs, index) => (
                  <div key={cs.id} className="nhsuk-checkboxes__item">
                    <input className="nhsuk-checkboxes__input" id={`interested-${index}`} name="interested" type="checkbox" value={cs.id} />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`interested-${index}`}>
                      {cs.title}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        ) : null}
        <Button>Send feedback</Button>
      </form>
    </>
  );
}
