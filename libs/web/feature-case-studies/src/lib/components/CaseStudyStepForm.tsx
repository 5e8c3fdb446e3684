'use client';

import {
  BackLink,
  Checkboxes,
  ErrorSummary,
  errorSummaryItems,
  Select,
  Textarea,
  TextInput,
} from '@mic/web-ui';
import { useActionState, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReactElement } from 'react';

import {
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  PRACTICE_STAGES,
  STAGE_LABELS,
} from '../utils/case-study-params';
import type {
  EditorField,
  EditorFormState,
  EditorIcsOption,
  EditorStep,
  EditorValues,
} from '../utils/editor-steps';
import {
  EDITOR_STEP_TITLES,
  LAST_QUESTION_STEP,
  editorFieldError,
  placesForIcs,
} from '../utils/editor-steps';
import type { AutosaveResult } from '../hooks/useStepAutosave';
import { useStepAutosave } from '../hooks/useStepAutosave';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';
import { SubmitButton } from './FormFields';

export interface CaseStudyStepFormProps {
  step: EditorStep;
  /** Server action: saves the step to the draft and redirects to the next step, or returns errors. */
  action: (state: EditorFormState, formData: FormData) => Promise<EditorFormState>;
  /** The saved values (empty for a new case study). */
  values: EditorValues;
  /** Absent for a new case study (step 1 creates it). */
  caseStudy?: {
    id: string;
    slug: string;
    title: string;
    version: number;
    status?: string;
    reviewComments?: string | null;
  };
  icss: ReadonlyArray<EditorIcsOption>;
  /**
   * The ICS to start from when none is saved: the author's organisation's
   * (the one the API picks when none is given). The place list offers only
   * the chosen ICS's places.
   */
  defaultIcs?: string;
  themes: ReadonlyArray<{ key: string; label: string }>;
  /** Where "Back" goes: the previous step, or the case study. */
  backHref: string;
  /** Drafts only: saves the step after a pause in typing (JavaScript enhancement). */
  autosave?: (formData: FormData) => Promise<AutosaveResult>;
}

const initialState: EditorFormState = { errors: [], values: {} };

/**
 * The ICS and place questions. The place list offers only the chosen ICS's
 * places: without JavaScript, those of the saved ICS (a place from another
 * ICS is refused with a field error on save, and the list then shows the new
 * ICS's places); with JavaScript, the list follows the ICS as it changes.
 */
function IcsAndPlace({
  icss,
  ics: initialIcs,
  place,
  defaultIcs,
  icsError,
  placeError,
}: {
  icss: ReadonlyArray<EditorIcsOption>;
  ics: string;
  place: string;
  defaultIcs: string;
  icsError?: string;
  placeError?: string;
}): ReactElement {
  const [ics, setIcs] = useState(initialIcs || defaultIcs);
  const places = placesForIcs(icss, ics);
  const icsName = icss.find((i) => i.odsCode === ics)?.shortName;
  const listed = places.some((p) => p.toLowerCase() === place.toLowerCase());
  // Changed here (JavaScript): a place of the old ICS is dropped. As posted: a place not in
  // the ICS stays selected beside its error, so nothing chosen silently disappears.
  const changed = ics !== (initialIcs || defaultIcs);
  const leftover = !changed && place && !listed ? place : '';
  return (
    <div
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && target.name === 'icsOdsCode')
          setIcs(target.value || defaultIcs);
      }}
    >
      <Select
        id="icsOdsCode"
        label="Integrated care system"
        options={[
          ...(defaultIcs ? [] : [{ value: '', text: 'Your organisation’s ICS' }]),
          ...icss.map((i) => ({ value: i.odsCode, text: i.shortName })),
        ]}
        defaultValue={initialIcs || defaultIcs}
        error={icsError}
      />
      <Select
        key={`place-${ics}`}
        id="placeName"
        label="Place (optional)"
        hint={`Only places in ${icsName ?? 'the chosen ICS'} are listed. If you change the ICS, save this step to see its places.`}
        options={[
          { value: '', text: 'Across the ICS' },
          ...places.map((name) => ({ value: name, text: name })),
          ...(leftover
            ? [{ value: leftover, text: `${leftover} (not in ${icsName ?? 'this ICS'})` }]
            : []),
        ]}
        defaultValue={changed ? (listed ? place : '') : place}
        error={placeError}
      />
    </div>
  );
}

/**
 * One step of the guided case study editor. A plain server-action form (works
 * without JavaScript): "Save and continue" saves the step to the draft, so
 * nothing is lost between steps. Errors show in the NHS error summary and
 * inline next to each field.
 */
export function CaseStudyStepForm({
  step,
  action,
  values: saved,
  caseStudy,
  icss,
  themes,
  backHref,
  autosave,
  defaultIcs = '',
}: CaseStudyStepFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  // The version the form saves against; autosaves move it on (the hidden field must be current
  // before a submit that waited for an autosave, hence flushSync).
  const [version, setVersion] = useState(caseStudy?.version ?? 0);
  const onSaved = useCallback((saved: number) => flushSync(() => setVersion(saved)), []);
  const autosaving = useStepAutosave(formRef, caseStudy ? autosave : undefined, onSaved);
  const values: EditorValues = { ...saved, ...state.values };
  const text = (field: EditorField): string => {
    const value = values[field];
    return typeof value === 'string' ? value : '';
  };
  const checked = (field: EditorField): string[] => {
    const value = values[field];
    return Array.isArray(value) ? value : [];
  };
  const error = (field: EditorField) => editorFieldError(state, field);
  // A text field's id (also its name), saved value and error.
  const field = (name: EditorField) => ({ id: name, defaultValue: text(name), error: error(name) });
  // A checkbox group's name, ticked values and error.
  const choices = (name: EditorField) => ({ name, checked: checked(name), error: error(name) });
  const heading = caseStudy ? `Edit case study: ${EDITOR_STEP_TITLES[step]}` : 'Write a case study';

  return (
    <>
      <BackLink href={backHref}>Back</BackLink>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={errorSummaryItems(state.errors)}
      />
      <span className="nhsuk-caption-l">
        Step {step} of {LAST_QUESTION_STEP + 1}
        {caseStudy ? ` – ${caseStudy.title}` : ''}
      </span>
      <h1 className="nhsuk-heading-xl">{caseStudy ? EDITOR_STEP_TITLES[step] : heading}</h1>
      {caseStudy?.status ? (
        <p data-testid="editor-status">
          Status:{' '}
          <CaseStudyStatusTag status={caseStudy.status} reviewComments={caseStudy.reviewComments} />
        </p>
      ) : null}
      {state.conflict && caseStudy ? (
        <p>
          <a href={`/case-studies/${caseStudy.slug}/edit/${step}`}>Reload this step</a>
        </p>
      ) : null}
      <form
        action={formAction}
        noValidate
        key={`form-${state.submittedAt ?? 0}`}
        ref={formRef}
        onInput={autosaving.onEdit}
        onChange={autosaving.onEdit}
        onSubmit={autosaving.onSubmit}
      >
        <input type="hidden" name="step" value={step} />
        {caseStudy ? (
          <>
            <input type="hidden" name="id" value={caseStudy.id} />
            <input type="hidden" name="slug" value={caseStudy.slug} />
            <input type="hidden" name="expectedVersion" value={version} />
          </>
        ) : null}

        {step === 1 ? (
          <>
            <TextInput {...field('title')} label="Title" />
            <Textarea
              {...field('summary')}
              label="Summary"
              hint="One paragraph, plain text."
              rows={3}
            />
            <IcsAndPlace
              icss={icss}
              ics={text('icsOdsCode')}
              place={text('placeName')}
              defaultIcs={defaultIcs}
              icsError={error('icsOdsCode')}
              placeError={error('placeName')}
            />
            <Checkboxes
              {...choices('themes')}
              legend="Themes"
              options={themes.map((t) => ({ value: t.key, text: t.label }))}
            />
          </>
        ) : null}

        {step === 2 ? (
          <>
            <Textarea
              {...field('problem')}
              label="The problem or reason"
              hint="Why this was needed. Markdown."
            />
            <Textarea
              {...field('aims')}
              label="Aims"
              hint="What you set out to achieve. Markdown."
            />
          </>
        ) : null}

        {step === 3 ? (
          <>
            <Textarea {...field('approach')} label="What was done" hint="Markdown." />
            <Textarea
              {...field('coreComponents')}
              label="Core components"
              hint="What must not change when another ICS lifts it. Markdown."
            />
            <Textarea
              {...field('adaptableParts')}
              label="Adaptable parts"
              hint="What adopters may change. Markdown."
            />
            <Textarea
              {...field('partners')}
              label="Partners"
              hint="One partner organisation per line, with its role after a colon, for example: Walsall College: runs the training."
              rows={4}
            />
          </>
        ) : null}

        {step === 4 ? (
          <>
            <TextInput
              {...field('targetGroups')}
              label="Target population groups (optional)"
              hint="Core20PLUS5 groups, separated by commas."
            />
            <Checkboxes
              {...choices('imdQuintiles')}
              legend="IMD quintiles targeted (optional)"
              hint="1 is the most deprived fifth of neighbourhoods."
              options={[1, 2, 3, 4, 5].map((q) => ({ value: String(q), text: `Quintile ${q}` }))}
            />
            <TextInput
              {...field('ageBands')}
              label="Age bands (optional)"
              hint="Separated by commas, for example: 16-24, 25-49."
              width={20}
            />
            <Textarea
              {...field('resourcesAndCosts')}
              label="Resources and costs"
              hint="Markdown."
            />
            <Select
              id="evidenceLevel"
              label="Evidence level"
              options={EVIDENCE_LEVELS.map((e) => ({ value: e, text: EVIDENCE_LABELS[e] }))}
              defaultValue={text('evidenceLevel') || 'ANECDOTAL'}
              error={error('evidenceLevel')}
            />
            <Select
              id="stage"
              label="Stage"
              options={PRACTICE_STAGES.map((s) => ({ value: s, text: STAGE_LABELS[s] }))}
              defaultValue={text('stage') || 'PILOT'}
              error={error('stage')}
            />
            <Textarea {...field('keyLearning')} label="Key learning" hint="Markdown." />
            <TextInput
              {...field('contactName')}
              label="Contact name (optional)"
              autoComplete="off"
            />
            <TextInput {...field('contactRole')} label="Contact role (optional)" />
            <TextInput
              {...field('contactEmail')}
              label="Contact email (optional)"
              type="email"
              spellCheck={false}
              autoComplete="off"
            />
            <TextInput
              {...field('reviewBy')}
              label="Review by (YYYY-MM-DD)"
              hint="When this should be checked again. Leave blank for a year from today."
              width={10}
            />
          </>
        ) : null}

        <p className="nhsuk-hint" aria-live="polite" data-testid="autosave-status">
          {autosaving.status}
        </p>
        <div className="nhsuk-button-group">
          <SubmitButton name="intent" value="continue">
            {pending ? 'Saving…' : 'Save and continue'}
          </SubmitButton>
          {caseStudy ? (
            <SubmitButton name="intent" value="check" secondary>
              Save and check your answers
            </SubmitButton>
          ) : null}
        </div>
      </form>
    </>
  );
}
