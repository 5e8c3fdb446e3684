'use client';

import type { EventDetailQuery } from '@mic/web-data-access';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  errorSummaryItems,
  Radios,
  TextInput,
} from '@mic/web-ui';
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

const YES_NO_LABELS: Record<string, string> = { YES: 'Yes', NO: 'No' };

function Choices({
  question,
  error,
  value,
}: {
  question: RegistrationQuestion;
  error?: string;
  value?: string | string[];
}): ReactElement {
  const name = `q-${question.id}`;
  const props = {
    name,
    legend: `${question.label}${question.required ? '' : ' (optional)'}`,
    error,
    options: question.options.map((option) => ({
      value: option,
      text: question.type === 'YES_NO' && YES_NO_LABELS[option] ? YES_NO_LABELS[option] : option,
    })),
    idFor: (_: unknown, index: number) => `${name}-${index}`,
  };
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  return question.type === 'MULTI_CHOICE' ? (
    <Checkboxes {...props} checked={selected} />
  ) : (
    <Radios {...props} checked={selected[0]} />
  );
}

/**
 * The registration form: the event's questions and consent to the privacy
 * notice. Works without JavaScript (a server action behind a plain form post).
 */
export function RegistrationForm({
  eventTitle,
  summary,
  questions,
  action,
}: RegistrationFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, {
    errors: [],
    values: {},
  } as RegistrationFormState);
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const consentError = errorFor('consent');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors)} />
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
              hint={
                question.sensitive
                  ? 'Only the organisers see this. It is deleted after the event.'
                  : undefined
              }
              defaultValue={
                typeof state.values[`q-${question.id}`] === 'string'
                  ? (state.values[`q-${question.id}`] as string)
                  : undefined
              }
              error={errorFor(questionFieldId(question))}
            />
          ) : (
            <Choices
              key={question.id}
              question={question}
              error={errorFor(questionFieldId(question))}
              value={state.values[`q-${question.id}`]}
            />
          ),
        )}
        <Checkboxes
          name="consent"
          legend="Privacy notice"
          error={consentError}
          options={[
            {
              value: 'yes',
              text: (
                <>
                  I agree to my details being used to run this event, as described in the{' '}
                  <a href="/privacy">privacy notice</a>
                </>
              ),
            },
          ]}
          checked={state.values['consent'] === 'yes' ? ['yes'] : []}
        />
        <Button>{pending ? 'Registering…' : 'Register'}</Button>
      </form>
    </>
  );
}
