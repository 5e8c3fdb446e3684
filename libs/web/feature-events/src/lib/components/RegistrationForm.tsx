'use client';

import type { EventDetailQuery } from '@mic/web-data-access';
import { Button, ErrorMessage, ErrorSummary, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import { questionFieldId } from '../utils/question-field-id';

export interface RegistrationFormState {
  errors: Array<{ field?: string; message: string }>;
  values: Record<string, string | string[]>;
  submittedAt?: number;
}

export type RegistrationQuestion = NonNullable<EventDetailQuery['event']>['questions'][number];

export interface RegistrationFormProps {
  eventTitle: string;
  /** The event at a glance (date and time, venue, places left), shown above the form. */
  summary?: ReactNode;
  questions: RegistrationQuestion[];
  /** Server action: registers and redirects to the registration, or returns errors. */
  action: (state: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
}


function Choices({ question, error, value }: { question: RegistrationQuestion; error?: string; value?: string | string[] }): ReactElement {
  const multiple = question.type === 'MULTI_CHOICE';
  const labels: Record<string, string> = { YES: 'Yes', NO: 'No' };
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const errorId = error ? `q-${question.id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={errorId}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {question.label}
          {question.required ? '' : ' (optional)'}
        </legend>
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className={multiple ? 'nhsuk-checkboxes' : 'nhsuk-radios'}>
          {question.options.map((option, index) => {
            const id = `q-${question.id}-${index}`;
            return (
              <div key={option} className={multiple ? 'nhsuk-checkboxes__item' : 'nhsuk-radios__item'}>
                <input
                  className={multiple ? 'nhsuk-checkboxes__input' : 'nhsuk-radios__input'}
                  id={id}
                  name={`q-${question.id}`}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={option}
                  defaultChecked={selected.has(option)}
                />
                <label className={`nhsuk-label ${multiple ? 'nhsuk-checkboxes__label' : 'nhsuk-radios__label'}`} htmlFor={id}>
                  {labels[option] && question.type === 'YES_NO' ? labels[option] : option}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The registration form: the event's questions and consent to the privacy
 * notice. Works without JavaScript (a server action behind a plain form post).
 */
export function RegistrationForm({ eventTitle, summary, questions, action }: RegistrationFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, { errors: [], values: {} } as RegistrationFormState);
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const consentError = errorFor('consent');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={state.errors.map((e) => (e.field ? { fieldId: e.field, message: e.message } : { message: e.message }))} />
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-l">Register for</span>
        <span className="nhsuk-u-visually-hidden"> </span>
        {eventTitle}
      </h1>
      {summary}
      <form action={formAction} noValidate>
        {questions.map((question) =>
          question.type === 'TEXT' ? (
            <TextInput
              key={question.id}
              id={`q-${question.id}`}
              label={`${question.label}${question.required ? '' : ' (optional)'}`}
              hint={question.sensitive ? 'Only the organisers see this. It is deleted after the event.' : undefined}
              defaultValue={typeof state.values[`q-${question.id}`] === 'string' ? (state.values[`q-${question.id}`] as string) : undefined}
              error={errorFor(questionFieldId(question))}
            />
          ) : (
            <Choices key={question.id} question={question} error={errorFor(questionFieldId(question))} value={state.values[`q-${question.id}`]} />
          ),
        )}
        <div className={`nhsuk-form-group${consentError ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={consentError ? 'consent-error' : undefined}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Privacy notice</legend>
            {consentError ? <ErrorMessage id="consent-error" message={consentError} /> : null}
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input className="nhsuk-checkboxes__input" id="consent" name="consent" type="checkbox" value="yes" defaultChecked={state.values['consent'] === 'yes'} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="consent">
                  I agree to my details being used to run this event, as described in the <a href="/privacy">privacy notice</a>
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <Button>{pending ? 'Registering…' : 'Register'}</Button>
      </form>
    </>
  );
}
