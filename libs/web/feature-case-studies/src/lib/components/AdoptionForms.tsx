'use client';

import { Button, DateInput, ErrorSummary, Radios, Select, Textarea, TextInput } from '@mic/web-ui';
import { createContext, useActionState, useContext } from 'react';
import type { ReactElement, ReactNode } from 'react';

import type {
  AdaptationField,
  AdoptionFormError,
  AdoptionFormState,
  AttachField,
  FigureField,
  ReadinessField,
  StageField,
} from '../utils/adoption-forms';
import {
  ADAPTATION_DECISION_TEXT,
  ADOPTION_STAGE_ORDER,
  ADOPTION_STAGE_TEXT,
  OTHER_COMPONENT,
  READINESS_AREA_LABELS,
  READINESS_AREAS,
  emptyAdoptionFormState,
} from '../utils/adoption-forms';
import { formatDate } from '../utils/case-study-params';

type Action<F extends string> = (
  state: AdoptionFormState<F>,
  formData: FormData,
) => Promise<AdoptionFormState<F>>;

/** The server actions behind the adoption page's forms (each returns form state; none redirects with an error). */
export interface AdoptionFormActions {
  stage: Action<StageField>;
  adaptation: Action<AdaptationField>;
  readiness: Action<ReadinessField>;
  figure: Action<FigureField>;
  attach?: Action<AttachField>;
}

type Slot<F extends string> = [AdoptionFormState<F>, (formData: FormData) => void, boolean];

interface Forms {
  stage: Slot<StageField>;
  adaptation: Slot<AdaptationField>;
  readiness: Slot<ReadinessField>;
  figure: Slot<FigureField>;
  attach: Slot<AttachField>;
}

const FormsContext = createContext<Forms | null>(null);

function useForms(): Forms {
  const forms = useContext(FormsContext);
  if (!forms) throw new Error('Adoption forms must sit inside AdoptionFormsProvider');
  return forms;
}

const unavailable: Action<AttachField> = async (state) => state;

export interface AdoptionFormsProviderProps {
  actions: AdoptionFormActions;
  children: ReactNode;
}

/**
 * Holds the state of every form on the adoption page, so one error summary
 * (or success message) can sit at the top of the page whichever form was
 * sent, and each form shows its own inline errors and what was typed.
 */
export function AdoptionFormsProvider({
  actions,
  children,
}: AdoptionFormsProviderProps): ReactElement {
  const stage = useActionState(actions.stage, emptyAdoptionFormState<StageField>());
  const adaptation = useActionState(actions.adaptation, emptyAdoptionFormState<AdaptationField>());
  const readiness = useActionState(actions.readiness, emptyAdoptionFormState<ReadinessField>());
  const figure = useActionState(actions.figure, emptyAdoptionFormState<FigureField>());
  const attach = useActionState(
    actions.attach ?? unavailable,
    emptyAdoptionFormState<AttachField>(),
  );
  return (
    <FormsContext.Provider value={{ stage, adaptation, readiness, figure, attach }}>
      {children}
    </FormsContext.Provider>
  );
}

/** The latest submission's outcome: the NHS error summary, or a success banner. */
export function AdoptionFormMessages(): ReactElement | null {
  const forms = useForms();
  const latest = Object.values(forms)
    .map(([state]) => state as AdoptionFormState)
    .filter((state) => state.submittedAt)
    .sort((a, b) => (b.submittedAt ?? 0) - (a.submittedAt ?? 0))[0];
  if (!latest) return null;
  if (latest.errors.length)
    return (
      <ErrorSummary
        key={latest.submittedAt}
        errors={latest.errors.map((e) => ({ fieldId: e.fieldId, message: e.message }))}
      />
    );
  if (latest.saved)
    return (
      <div
        key={latest.submittedAt}
        className="nhsuk-notification-banner nhsuk-notification-banner--success"
        role="alert"
        aria-labelledby="adoption-saved-title"
        data-testid="adoption-saved"
      >
        <div className="nhsuk-notification-banner__header">
          <h2 className="nhsuk-notification-banner__title" id="adoption-saved-title">
            Success
          </h2>
        </div>
        <div className="nhsuk-notification-banner__content">
          <p className="nhsuk-notification-banner__heading">{latest.saved}</p>
        </div>
      </div>
    );
  return null;
}

function errorFor<F extends string>(
  errors: AdoptionFormError<F>[],
  field: F,
): AdoptionFormError<F> | undefined {
  return errors.find((e) => e.field === field);
}

/** Typed values after a failed submission; nothing after a saved one (the form starts again). */
function typed<F extends string>(state: AdoptionFormState<F>): Partial<Record<F, string>> {
  return state.errors.length ? state.values : {};
}

/** A form's state, what was typed, and each field's inline error message. */
function formParts<F extends string>(slot: Slot<F>) {
  const [state] = slot;
  const err = (field: F): string | undefined => errorFor(state.errors, field)?.message;
  return { slot, state, values: typed(state), err };
}

interface AdoptionFormShellProps<F extends string> {
  slot: Slot<F>;
  testId: string;
  /** The hidden field that names the adoption. */
  idName?: 'id' | 'adoptionId';
  adoptionId: string;
  heading?: string;
  submit: string;
  pendingText?: string;
  children: ReactNode;
}

/** One of the adoption page's forms: the adoption's id, a heading, the fields and a secondary button. */
function AdoptionFormShell<F extends string>({
  slot: [state, action, pending],
  testId,
  idName = 'id',
  adoptionId,
  heading,
  submit,
  pendingText = 'Saving…',
  children,
}: AdoptionFormShellProps<F>): ReactElement {
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid={testId}>
      <input type="hidden" name={idName} value={adoptionId} />
      {heading ? <h3 className="nhsuk-heading-m">{heading}</h3> : null}
      {children}
      <Button variant="secondary">{pending ? pendingText : submit}</Button>
    </form>
  );
}

export interface StageFormProps {
  adoptionId: string;
  currentStage: string;
}

export function StageForm({ adoptionId, currentStage }: StageFormProps): ReactElement {
  const { slot, values, err } = formParts(useForms().stage);
  return (
    <AdoptionFormShell
      slot={slot}
      testId="stage-form"
      adoptionId={adoptionId}
      heading="Change the stage"
      submit="Change stage"
    >
      <Select
        id="stage"
        label="Stage"
        options={ADOPTION_STAGE_ORDER.map((s) => ({
          value: s,
          text: ADOPTION_STAGE_TEXT[s].label,
        }))}
        defaultValue={values.stage ?? currentStage}
        error={err('stage')}
      />
      <TextInput
        id="stageReason"
        label="Reason or note"
        hint="Required if the adoption has stopped: say why, so others can learn from it."
        defaultValue={values.stageReason}
        error={err('stageReason')}
      />
    </AdoptionFormShell>
  );
}

export interface AdaptationFormProps {
  adoptionId: string;
  /** The origin's listed core components. */
  components: readonly string[];
}

export function AdaptationForm({ adoptionId, components }: AdaptationFormProps): ReactElement {
  const { slot, values, err } = formParts(useForms().adaptation);
  return (
    <AdoptionFormShell
      slot={slot}
      testId="adaptation-form"
      adoptionId={adoptionId}
      heading="Log an adaptation"
      submit="Log adaptation"
    >
      <Radios
        name="component"
        legend="Which core component?"
        hint={
          components.length
            ? 'The core components the origin lists. Choose Other for one it does not list.'
            : 'The origin has not listed its core components. Choose Other and name it.'
        }
        options={[
          ...components.map((c) => ({ value: c, text: c })),
          { value: OTHER_COMPONENT, text: 'Other' },
        ]}
        idFor={(_option, index) => (index === 0 ? 'component' : `component-${index + 1}`)}
        checked={values.component}
        error={err('component')}
      />
      <TextInput
        id="otherComponent"
        label="If other, the component’s name"
        defaultValue={values.otherComponent}
        error={err('otherComponent')}
      />
      <Radios
        name="decision"
        legend="What did you do with it?"
        options={Object.entries(ADAPTATION_DECISION_TEXT).map(([value, text]) => ({ value, text }))}
        checked={values.decision}
        error={err('decision')}
      />
      <Textarea
        id="detail"
        label="How you adapted it, or why you dropped it"
        hint="Needed if you adapted or dropped it."
        rows={3}
        defaultValue={values.detail}
        error={err('detail')}
      />
    </AdoptionFormShell>
  );
}

const SCORES = [
  { value: '0', text: '0 – not in place' },
  { value: '1', text: '1' },
  { value: '2', text: '2' },
  { value: '3', text: '3' },
  { value: '4', text: '4 – fully in place' },
];

export interface ReadinessFormProps {
  adoptionId: string;
  readiness: ReadonlyArray<{ area: string; score: number }>;
  barriers: readonly string[];
  enablers: readonly string[];
}

export function ReadinessForm({
  adoptionId,
  readiness,
  barriers,
  enablers,
}: ReadinessFormProps): ReactElement {
  const { slot, values, err } = formParts(useForms().readiness);
  return (
    <AdoptionFormShell
      slot={slot}
      testId="readiness-form"
      adoptionId={adoptionId}
      heading="Readiness, barriers and enablers"
      submit="Save readiness"
    >
      {READINESS_AREAS.map((area) => {
        const field = `readiness-${area}` as const;
        return (
          <Select
            key={area}
            id={field}
            label={`Readiness: ${READINESS_AREA_LABELS[area].toLowerCase()}`}
            options={SCORES}
            defaultValue={
              values[field] ?? String(readiness.find((r) => r.area === area)?.score ?? 0)
            }
            error={err(field)}
          />
        );
      })}
      <Textarea
        id="barriers"
        label="Barriers (one per line)"
        rows={3}
        defaultValue={values.barriers ?? barriers.join('\n')}
        error={err('barriers')}
      />
      <Textarea
        id="enablers"
        label="Enablers (one per line)"
        rows={3}
        defaultValue={values.enablers ?? enablers.join('\n')}
        error={err('enablers')}
      />
    </AdoptionFormShell>
  );
}

export interface FigureFormProps {
  adoptionId: string;
  metrics: ReadonlyArray<{ key: string; label: string; unit: string }>;
}

export function FigureForm({ adoptionId, metrics }: FigureFormProps): ReactElement {
  const { slot, values, err, state } = formParts(useForms().figure);
  const date = errorFor(state.errors, 'measuredOn');
  return (
    <AdoptionFormShell
      slot={slot}
      testId="figure-form"
      adoptionId={adoptionId}
      heading="Add a figure"
      submit="Add figure"
    >
      <Select
        id="metricKey"
        label="Metric"
        hint="From the regional metric dictionary, so figures compare with the origin’s."
        options={[
          { value: '', text: 'Choose a metric' },
          ...metrics.map((m) => ({ value: m.key, text: `${m.label} (${m.unit})` })),
        ]}
        defaultValue={values.metricKey ?? ''}
        error={err('metricKey')}
      />
      <TextInput
        id="value"
        label="Figure"
        hint="A number, like 12, 1,200 or 4.5."
        width={10}
        defaultValue={values.value}
        error={err('value')}
      />
      <DateInput
        id="measuredOn"
        legend="Date the figure applies to"
        hint="For example, 30 9 2025. The end of the period it covers, if it covers one."
        defaultValue={{
          day: values['measuredOn-day'],
          month: values['measuredOn-month'],
          year: values['measuredOn-year'],
        }}
        error={date?.message}
        errorParts={date?.parts}
      />
      <TextInput
        id="source"
        label="Source"
        hint="The title of the document it comes from, or a link to it."
        defaultValue={values.source}
        error={err('source')}
      />
    </AdoptionFormShell>
  );
}

export interface AttachAssessmentFormProps {
  adoptionId: string;
  options: ReadonlyArray<{
    id: string;
    submittedAt: string | null;
    toolkitVersion: { number: number };
  }>;
}

export function AttachAssessmentForm({
  adoptionId,
  options,
}: AttachAssessmentFormProps): ReactElement {
  const { slot, values, err } = formParts(useForms().attach);
  return (
    <AdoptionFormShell
      slot={slot}
      testId="attach-form"
      idName="adoptionId"
      adoptionId={adoptionId}
      submit="Attach assessment"
      pendingText="Attaching…"
    >
      <Select
        id="assessmentId"
        label="Attach one of your submitted assessments"
        options={options.map((o) => ({
          value: o.id,
          text: `Submitted ${o.submittedAt ? formatDate(o.submittedAt) : ''} (form version ${o.toolkitVersion.number})`,
        }))}
        defaultValue={values.assessmentId}
        error={err('assessmentId')}
      />
    </AdoptionFormShell>
  );
}
