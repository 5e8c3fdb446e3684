'use client';

import type { EventDetailQuery, EventEditorOptionsQuery } from '@mic/web-data-access';
import { Button, ErrorSummary, Select, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { EditorErrors } from '../utils/event-editor';
import { QUESTION_ROWS, utcToLondonLocal } from '../utils/event-editor';
import { linkedCaseStudies } from '../utils/event-case-studies';

export interface EventEditorState {
  errors: EditorErrors;
  submittedAt?: number;
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

function NumberInput({ id, label, defaultValue, error, hint }: { id: string; label: string; defaultValue?: number | string; error?: string; hint?: string }): ReactElement {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <input
        className={`nhsuk-input nhsuk-input--width-4${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        defaultValue={defaultValue}
        aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
    </div>
  );
}

function Checkbox({ id, label, checked }: { id: string; label: string; checked?: boolean }): ReactElement {
  return (
    <div className="nhsuk-checkboxes__item">
      <input className="nhsuk-checkboxes__input" id={id} name={id} type="checkbox" value="yes" defaultChecked={checked} />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * Create or edit an event: details, capacity with ICS and sector quotas, the
 * case studies shown (every linked one listed; more are chosen on the next
 * step) and registration questions.
 */
export function EventEditor({ event, options, linkedCaseStudyTitles = [], action }: EventEditorProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, { errors: [] } as EventEditorState);
  const err = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const quota = (kind: string, key: string) => event?.quotas.find((q) => q.kind === kind && q.key === key)?.places;
  const questions = event?.questions ?? [];
  const linked = linkedCaseStudies(event?.caseStudyIds ?? [], linkedCaseStudyTitles);
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={state.errors.map((e) => (e.field ? { fieldId: e.field, message: e.message } : { message: e.message }))} />
      <h1 className="nhsuk-heading-xl">{event ? `Edit ${event.title}` : 'Create an event'}</h1>
      <form action={formAction} noValidate>
        <TextInput id="title" label="Title" defaultValue={event?.title} error={err('title')} />
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="description">
            Description
          </label>
          <div className="nhsuk-hint" id="description-hint">
            You can use Markdown, for example **bold** and lists.
          </div>
          <textarea className="nhsuk-textarea" id="description" name="description" rows={6} aria-describedby="description-hint" defaultValue={event?.description} />
        </div>
        <TextInput id="startsAt" label="Starts (UK time)" hint="For example, 2026-11-29T09:00" defaultValue={event ? utcToLondonLocal(event.startsAt) : undefined} error={err('startsAt')} width={20} />
        <TextInput id="endsAt" label="Ends (UK time)" hint="For example, 2026-11-29T16:30" defaultValue={event ? utcToLondonLocal(event.endsAt) : undefined} error={err('endsAt')} width={20} />
        <TextInput id="venueName" label="Venue (optional)" defaultValue={event?.venueName ?? undefined} />
        <TextInput id="venueAddress" label="Venue address (optional)" defaultValue={event?.venueAddress ?? undefined} />
        <TextInput id="onlineUrl" label="Online link (optional)" hint="Shown only to confirmed delegates." defaultValue={event?.onlineUrl ?? undefined} error={err('onlineUrl')} />
        <NumberInput id="capacity" label="Places" defaultValue={event?.capacity} error={err('capacity')} />
        <NumberInput id="offerHours" label="Hours a waiting-list offer stays open" defaultValue={event?.offerHours ?? 48} error={err('offerHours')} />
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes">
            <Checkbox id="requiresApproval" label="Organisers approve each registration" checked={event?.requiresApproval} />
          </div>
        </div>

        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Guaranteed places per ICS</span>
          </summary>
          <div className="nhsuk-details__text">
            {options.icss.map((ics) => (
              <NumberInput key={ics.odsCode} id={`quota-ICS-${ics.odsCode}`} label={ics.shortName} defaultValue={quota('ICS', ics.odsCode)} error={err(`quota-ICS-${ics.odsCode}`)} />
            ))}
          </div>
        </details>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Guaranteed places per organisation type</span>
          </summary>
          <div className="nhsuk-details__text">
            {options.organisationTypes.map((type) => (
              <NumberInput key={type.key} id={`quota-ORGANISATION_TYPE-${type.key}`} label={type.label} defaultValue={quota('ORGANISATION_TYPE', type.key)} error={err(`quota-ORGANISATION_TYPE-${type.key}`)} />
            ))}
          </div>
        </details>

        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset" aria-describedby="caseStudies-hint">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Case studies shown at the event</legend>
            <div className="nhsuk-hint" id="caseStudies-hint">
              Delegates can say in their feedback that they are interested in adopting these.{' '}
              {event
                ? 'Untick one to stop showing it. To add one, use “Save and choose case studies” at the end of this page.'
                : 'To choose them, use “Create draft and choose case studies” at the end of this page.'}
            </div>
            {linked.length ? (
              <div className="nhsuk-checkboxes" data-testid="editor-linked-case-studies">
                {linked.map((cs) => (
                  <div key={cs.id} className="nhsuk-checkboxes__item">
                    <input className="nhsuk-checkboxes__input" id={`caseStudy-${cs.id}`} name="caseStudyIds" type="checkbox" value={cs.id} defaultChecked />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`caseStudy-${cs.id}`}>
                      {cs.title ?? 'A case study that is no longer published'}
                    </label>
                  </div>
                ))}
              </div>
            ) : (
              <p>None yet.</p>
            )}
          </fieldset>
        </div>

        <h2 className="nhsuk-heading-m">Registration questions</h2>
        <p>Leave a question blank to remove it. Mark access and dietary questions as sensitive: their answers are deleted after the event.</p>
        {Array.from({ length: Math.max(QUESTION_ROWS, questions.length) }, (_, i) => {
          const q = questions[i];
          return (
            <fieldset key={i} className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Question {i + 1}</legend>
              {q ? <input type="hidden" name={`question-${i}-id`} value={q.id} /> : null}
              <TextInput id={`question-${i}-label`} label="Question" defaultValue={q?.label} />
              <Select id={`question-${i}-type`} label="Answer type" defaultValue={q?.type ?? 'TEXT'} options={QUESTION_TYPES} />
              <TextInput id={`question-${i}-options`} label="Options (for choices, separated by commas)" defaultValue={q && (q.type === 'CHOICE' || q.type === 'MULTI_CHOICE') ? q.options.join(', ') : undefined} error={err(`question-${i}-options`)} />
              <div className="nhsuk-checkboxes">
                <Checkbox id={`question-${i}-required`} label="Answer required" checked={q?.required} />
                <Checkbox id={`question-${i}-sensitive`} label="Sensitive (access or dietary needs)" checked={q?.sensitive} />
              </div>
            </fieldset>
          );
        })}
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
