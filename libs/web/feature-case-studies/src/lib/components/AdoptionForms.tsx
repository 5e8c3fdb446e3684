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

export interface StageFormProps {
  adoptionId: string;
  currentStage: string;
}

export function StageForm({ adoptionId, currentStage }: StageFormProps): ReactElement {
  const [state, action, pending] = useForms().stage;
  const values = typed(state);
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid="stage-form">
      <input type="hidden" name="id" value={adoptionId} />
      <h3 className="nhsuk-heading-m">Change the stage</h3>
      <Select
        id="stage"
        label="Stage"
        options={ADOPTION_STAGE_ORDER.map((s) => ({
          value: s,
          text: ADOPTION_STAGE_TEXT[s].label,
        }))}
        defaultValue={values.stage ?? currentStage}
        error={errorFor(state.errors, 'stage')?.message}
      />
      <TextInput
        id="stageReason"
        label="Reason or note"
        hint="Required if the adoption has stopped: say why, so others can learn from it."
        defaultValue={values.stageReason}
        error={errorFor(state.errors, 'stageReason')?.message}
      />
      <Button variant="secondary">{pending ? 'Saving…' : 'Change stage'}</Button>
    </form>
  );
}

export interface AdaptationFormProps {
  adoptionId: string;
  /** The origin's listed core components. */
  components: readonly string[];
}

export function AdaptationForm({ adoptionId, components }: AdaptationFormProps): ReactElement {
  const [state, action, pending] = useForms().adaptation;
  const values = typed(state);
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid="adaptation-form">
      <input type="hidden" name="id" value={adoptionId} />
      <h3 className="nhsuk-heading-m">Log an adaptation</h3>
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
        error={errorFor(state.errors, 'component')?.message}
      />
      <TextInput
        id="otherComponent"
        label="If other, the component’s name"
        defaultValue={values.otherComponent}
        error={errorFor(state.errors, 'otherComponent')?.message}
      />
      <Radios
        name="decision"
        legend="What did you do with it?"
        options={Object.entries(ADAPTATION_DECISION_TEXT).map(([value, text]) => ({ value, text }))}
        checked={values.decision}
        error={errorFor(state.errors, 'decision')?.message}
      />
      <Textarea
        id="detail"
        label="How you adapted it, or why you dropped it"
        hint="Needed if you adapted or dropped it."
        rows={3}
        defaultValue={values.detail}
        error={errorFor(state.errors, 'detail')?.message}
      />
      <Button variant="secondary">{pending ? 'Saving…' : 'Log adaptation'}</Button>
    </form>
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
  const [state, action, pending] = useForms().readiness;
  const values = typed(state);
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid="readiness-form">
      <input type="hidden" name="id" value={adoptionId} />
      <h3 className="nhsuk-heading-m">Readiness, barriers and enablers</h3>
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
            error={errorFor(state.errors, field)?.message}
          />
        );
      })}
      <Textarea
        id="barriers"
        label="Barriers (one per line)"
        rows={3}
        defaultValue={values.barriers ?? barriers.join('\n')}
        error={errorFor(state.errors, 'barriers')?.message}
      />
      <Textarea
        id="enablers"
        label="Enablers (one per line)"
        rows={3}
        defaultValue={values.enablers ?? enablers.join('\n')}
        error={errorFor(state.errors, 'enablers')?.message}
      />
      <Button variant="secondary">{pending ? 'Saving…' : 'Save readiness'}</Button>
    </form>
  );
}

export interface FigureFormProps {
  adoptionId: string;
  metrics: ReadonlyArray<{ key: string; label: string; unit: string }>;
}

export function FigureForm({ adoptionId, metrics }: FigureFormProps): ReactElement {
  const [state, action, pending] = useForms().figure;
  const values = typed(state);
  const date = errorFor(state.errors, 'measuredOn');
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid="figure-form">
      <input type="hidden" name="id" value={adoptionId} />
      <h3 className="nhsuk-heading-m">Add a figure</h3>
      <Select
        id="metricKey"
        label="Metric"
        hint="From the regional metric dictionary, so figures compare with the origin’s."
        options={[
          { value: '', text: 'Choose a metric' },
          ...metrics.map((m) => ({ value: m.key, text: `${m.label} (${m.unit})` })),
        ]}
        defaultValue={values.metricKey ?? ''}
        error={errorFor(state.errors, 'metricKey')?.message}
      />
      <TextInput
        id="value"
        label="Figure"
        hint="A number, like 12, 1,200 or 4.5."
        width={10}
        defaultValue={values.value}
        error={errorFor(state.errors, 'value')?.message}
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
        error={errorFor(state.errors, 'source')?.message}
      />
      <Button variant="secondary">{pending ? 'Saving…' : 'Add figure'}</Button>
    </form>
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
  const [state, action, pending] = useForms().attach;
  const values = typed(state);
  return (
    <form action={action} key={state.submittedAt ?? 0} noValidate data-testid="attach-form">
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <Select
        id="assessmentId"
        label="Attach one of your submitted assessments"
        options={options.map((o) => ({
          value: o.id,
          text: `Submitted ${o.submittedAt ? formatDate(o.submittedAt) : ''} (form version ${o.toolkitVersion.number})`,
        }))}
        defaultValue={values.assessmentId}
        error={errorFor(state.errors, 'assessmentId')?.message}
      />
      <Button variant="secondary">{pending ? 'Attaching…' : 'Attach assessment'}</Button>
    </form>
  );
}
