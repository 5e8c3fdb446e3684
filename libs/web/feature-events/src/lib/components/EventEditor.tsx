'use client';

import type { EventDetailQuery, EventEditorOptionsQuery } from '@mic/web-data-access';
import { Button, Checkboxes, DateInput, ErrorMessage, ErrorSummary, FormGroup, Select, Textarea, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { EditorErrors, EditorFormValues } from '../utils/event-editor';
import { editorDefaults, editorErrorTarget } from '../utils/event-editor';
import { linkedCaseStudies } from '../utils/event-case-studies';

export interface EventEditorState {
  errors: EditorErrors;
  submittedAt?: number;
  /** What was submitted: the form shows it again, so nothing typed is lost after an error. */
  values?: EditorFormValues;
  /** Someone else changed the event since it was opened (CONFLICT): the summary links to reload it. */
  conflict?: boolean;
}

export interface EventEditorProps {
  /** The event being edited; absent when creating one. */
  event?: NonNullable<EventDetailQuery['event']>;
  options: Pick<EventEditorOptionsQuery, 'icss' | 'organisationTypes'>;
  /** Titles of the event's published linked case studies (every linked one is listed, and kept unless unticked). */
  linkedCaseStudyTitles?: { id: string; title: string }[];
  action: (state: EventEditorState, formData: FormData) => Promise<EventEditorState>;
}

const QUESTION_TYPES = [
  { value: 'TEXT', text: 'Text' },
  { value: 'CHOICE', text: 'Choose one' },
  { value: 'MULTI_CHOICE', text: 'Choose any' },
  { value: 'YES_NO', text: 'Yes or no' },
];

/** A whole number (places, hours): the NHS numeric text input. */
function NumberInput({
  id,
  label,
  defaultValue,
  error,
}: {
  id: string;
  label: string;
  defaultValue?: number | string;
  error?: string;
}): ReactElement {
  return (
    <TextInput
      id={id}
      label={label}
      width={4}
      inputMode="numeric"
      defaultValue={defaultValue === undefined ? undefined : String(defaultValue)}
      error={error}
    />
  );
}

/** Shown with a conflict: the form keeps what was typed until the page is reloaded. */
export const CONFLICT_DESCRIPTION =
  'What you typed is still in the form below. Copy anything you want to keep, then reload the event.';

/** A lone yes/no box named after its id. */
const yesBox = (id: string, text: string, checked?: boolean) => ({
  id,
  name: id,
  value: 'yes',
  text,
  checked: Boolean(checked),
});

/**
 * Create or edit an event: details, capacity with ICS and sector quotas, the
 * case studies shown (every linked one listed; more are chosen on the next
 * step) and registration questions.
 */
export function EventEditor({
  event,
  options,
  linkedCaseStudyTitles = [],
  action,
}: EventEditorProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, { errors: [] } as EventEditorState);
  const err = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const errParts = (field: string) => state.errors.find((e) => e.field === field)?.parts;
  // After an error the fields show what was submitted, not the event as loaded.
  const d = editorDefaults(event, state.values);
  const linked = linkedCaseStudies(event?.caseStudyIds ?? [], linkedCaseStudyTitles);
  const reload = event ? `/events/${event.id}/edit` : undefined;
  const summary = state.errors.map((e) => {
    if (e.field) return { fieldId: editorErrorTarget(e), message: e.message };
    return state.conflict && reload ? { href: reload, message: e.message } : { message: e.message };
  });
  return (
    <>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={summary}
        description={state.conflict ? CONFLICT_DESCRIPTION : undefined}
      />
      <h1 className="nhsuk-heading-xl">{event ? `Edit ${event.title}` : 'Create an event'}</h1>
      {/* Keyed by submission (a key unlike the summary's: they are siblings): after an error the fields start again from what was submitted. */}
      <form key={`form-${state.submittedAt ?? 0}`} action={formAction} noValidate>
        {event && d.expectedVersion ? (
          <input type="hidden" name="expectedVersion" value={d.expectedVersion} />
        ) : null}
        <TextInput id="title" label="Title" defaultValue={d.title} error={err('title')} />
        <Textarea
          id="description"
          label="Description"
          hint="You can use Markdown, for example **bold** and lists."
          rows={6}
          defaultValue={d.description}
        />
        <DateInput
          id="startsAt"
          legend="Start date and time (UK time)"
          hint="For example, 29 11 2026 and 09:30"
          withTime
          defaultValue={d.startsAt}
          error={err('startsAt')}
          errorParts={errParts('startsAt')}
        />
        <DateInput
          id="endsAt"
          legend="End date and time (UK time)"
          hint="For example, 29 11 2026 and 16:30"
          withTime
          defaultValue={d.endsAt}
          error={err('endsAt')}
          errorParts={errParts('endsAt')}
        />
        <TextInput id="venueName" label="Venue (optional)" defaultValue={d.venueName} />
        <TextInput
          id="venueAddress"
          label="Venue address (optional)"
          defaultValue={d.venueAddress}
        />
        <TextInput
          id="onlineUrl"
          label="Online link (optional)"
          hint="Shown only to confirmed delegates."
          defaultValue={d.onlineUrl}
          error={err('onlineUrl')}
        />
        <NumberInput
          id="capacity"
          label="Places"
          defaultValue={d.capacity}
          error={err('capacity')}
        />
        <DateInput
          id="registrationClosesAt"
          legend="Registration deadline (optional)"
          hint="UK time. Nobody can register after this. Leave it blank to keep registration open until the event starts."
          withTime
          defaultValue={d.registrationClosesAt}
          error={err('registrationClosesAt')}
          errorParts={errParts('registrationClosesAt')}
        />
        <NumberInput
          id="offerHours"
          label="Hours a waiting-list offer stays open"
          defaultValue={d.offerHours}
          error={err('offerHours')}
        />
        <FormGroup>
          <Checkboxes
            name="requiresApproval"
            options={[
              yesBox(
                'requiresApproval',
                'Organisers approve each registration',
                d.requiresApproval,
              ),
            ]}
          />
        </FormGroup>

        <h2 className="nhsuk-heading-m" id="quotas">
          Guaranteed places
        </h2>
        <p>
          Keep some of the places for people from an ICS or a type of organisation, so every part of
          the region gets a fair share. Leave a box blank for none. The rest of the places are open
          to everyone.
        </p>
        {err('quotas') ? <ErrorMessage id="quotas-error" message={err('quotas') ?? ''} /> : null}
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              Guaranteed places per ICS
            </legend>
            {options.icss.map((ics) => (
              <NumberInput
                key={ics.odsCode}
                id={`quota-ICS-${ics.odsCode}`}
                label={ics.shortName}
                defaultValue={d.quotas[`quota-ICS-${ics.odsCode}`]}
                error={err(`quota-ICS-${ics.odsCode}`)}
              />
            ))}
          </fieldset>
        </div>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              Guaranteed places per organisation type
            </legend>
            {options.organisationTypes.map((type) => (
              <NumberInput
                key={type.key}
                id={`quota-ORGANISATION_TYPE-${type.key}`}
                label={type.label}
                defaultValue={d.quotas[`quota-ORGANISATION_TYPE-${type.key}`]}
                error={err(`quota-ORGANISATION_TYPE-${type.key}`)}
              />
            ))}
          </fieldset>
        </div>

        <Checkboxes
          id="caseStudies"
          name="caseStudyIds"
          legend="Case studies shown at the event"
          legendSize="m"
          hint={
            <>
              Delegates can say in their feedback that they are interested in adopting these.{' '}
              {event
                ? 'Untick one to stop showing it. To add one, use “Save and choose case studies” at the end of this page.'
                : 'To choose them, use “Create draft and choose case studies” at the end of this page.'}
            </>
          }
          options={linked.map((cs) => ({
            value: cs.id,
            text: cs.title ?? 'A case study that is no longer published',
          }))}
          checked={d.caseStudyIds}
          idFor={(cs) => `caseStudy-${cs.value}`}
          testId="editor-linked-case-studies"
          empty={<p>None yet.</p>}
        />

        <h2 className="nhsuk-heading-m">Registration questions</h2>
        <p>
          Leave a question blank to remove it. Mark access and dietary questions as sensitive: their
          answers are deleted after the event.
        </p>
        {d.questions.map((q, i) => (
          <fieldset key={i} className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              Question {i + 1}
            </legend>
            {q.id ? <input type="hidden" name={`question-${i}-id`} value={q.id} /> : null}
            <TextInput id={`question-${i}-label`} label="Question" defaultValue={q.label} />
            <Select
              id={`question-${i}-type`}
              label="Answer type"
              defaultValue={q.type}
              options={QUESTION_TYPES}
            />
            <TextInput
              id={`question-${i}-options`}
              label="Options (for choices, separated by commas)"
              defaultValue={q.options}
              error={err(`question-${i}-options`)}
            />
            <Checkboxes
              name={`question-${i}`}
              options={[
                yesBox(`question-${i}-required`, 'Answer required', q.required),
                yesBox(
                  `question-${i}-sensitive`,
                  'Sensitive (access or dietary needs)',
                  q.sensitive,
                ),
              ]}
            />
          </fieldset>
        ))}
        <div className="nhsuk-button-group">
          <Button>{pending ? 'Saving…' : event ? 'Save changes' : 'Create draft event'}</Button>
          <Button variant="secondary" name="then" value="case-studies">
            {event ? 'Save and choose case studies' : 'Create draft and choose case studies'}
          </Button>
        </div>
      </form>
    </>
  );
}
