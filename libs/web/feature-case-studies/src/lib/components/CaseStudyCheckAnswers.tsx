import type { CaseStudyEditQuery } from '@mic/web-data-access';
import { BackLink, ErrorSummary, InsetText } from '@mic/web-ui';
import type { UploadPolicyView } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { EVIDENCE_LABELS, STAGE_LABELS } from '../utils/case-study-params';
import type { EditorStep } from '../utils/editor-steps';
import { EDITOR_STEP_TITLES, LAST_QUESTION_STEP, editorHref } from '../utils/editor-steps';
import { AttachFileForm, CaseStudyAttachments } from './CaseStudyAttachments';
import { SubmitButton } from './FormFields';

type EditCaseStudy = NonNullable<CaseStudyEditQuery['caseStudy']>;

export interface CaseStudyCheckAnswersProps {
  caseStudy: EditCaseStudy;
  /** Plain-form server action: submits for review (intent=submit) or finishes editing. */
  action: (formData: FormData) => Promise<void>;
  /** Upload-and-attach and remove actions for the attachments section. */
  /** Size limit and virus scanning, from the API's uploadPolicy. */
  uploadPolicy: UploadPolicyView;
  attachAction: (formData: FormData) => Promise<void>;
  removeAttachmentAction: (formData: FormData) => Promise<void>;
  error?: string;
}

interface Row {
  key: string;
  value: ReactNode;
  step: EditorStep;
}

const notGiven = <span className="nhsuk-u-secondary-text-colour">Not given</span>;
const orNot = (value: string | null | undefined): ReactNode => (value?.trim() ? value : notGiven);
/** Markdown shown as its source (whitespace kept), as the author wrote it. */
const markdown = (value: string): ReactNode =>
  value.trim()
    ? value
        .trim()
        .split(/\r?\n/)
        .map((line, index) => (
          <span key={index}>
            {index > 0 ? <br /> : null}
            {line}
          </span>
        ))
    : notGiven;

function rows(cs: EditCaseStudy): Row[] {
  return [
    { step: 1, key: 'Title', value: cs.title },
    { step: 1, key: 'Summary', value: orNot(cs.summary) },
    {
      step: 1,
      key: 'ICS and place',
      value: cs.ics ? `${cs.ics.shortName}${cs.place ? `, ${cs.place.name}` : ''}` : notGiven,
    },
    { step: 1, key: 'Themes', value: orNot(cs.themes.map((t) => t.label).join(', ')) },
    { step: 2, key: 'The problem or reason', value: markdown(cs.problem.markdown) },
    { step: 2, key: 'Aims', value: markdown(cs.aims.markdown) },
    { step: 3, key: 'What was done', value: markdown(cs.approach.markdown) },
    { step: 3, key: 'Core components', value: markdown(cs.coreComponents.markdown) },
    { step: 3, key: 'Adaptable parts', value: markdown(cs.adaptableParts.markdown) },
    {
      step: 3,
      key: 'Partners',
      value: cs.partners.length ? (
        <ul className="nhsuk-list">
          {cs.partners.map((p) => (
            <li key={p.name}>{p.role ? `${p.name}: ${p.role}` : p.name}</li>
          ))}
        </ul>
      ) : (
        notGiven
      ),
    },
    {
      step: 4,
      key: 'Target population',
      value: orNot(
        [
          cs.targetPopulation.groups.join(', '),
          cs.targetPopulation.imdQuintiles.length
            ? `IMD quintiles ${cs.targetPopulation.imdQuintiles.join(', ')}`
            : '',
          cs.targetPopulation.ageBands.length
            ? `ages ${cs.targetPopulation.ageBands.join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
      ),
    },
    { step: 4, key: 'Resources and costs', value: markdown(cs.resourcesAndCosts.markdown) },
    { step: 4, key: 'Evidence level', value: EVIDENCE_LABELS[cs.evidenceLevel] },
    { step: 4, key: 'Stage', value: STAGE_LABELS[cs.stage] },
    { step: 4, key: 'Key learning', value: markdown(cs.keyLearning.markdown) },
    {
      step: 4,
      key: 'Contact',
      value: cs.contact
        ? [cs.contact.name, cs.contact.role, cs.contact.email].filter(Boolean).join(', ')
        : notGiven,
    },
    { step: 4, key: 'Review by', value: cs.reviewBy },
  ];
}

/**
 * Step 5 of the guided editor: the NHS "check your answers" pattern. Every
 * answer is already saved; each row links back to its step to change it.
 */
export function CaseStudyCheckAnswers({
  caseStudy: cs,
  action,
  attachAction,
  removeAttachmentAction,
  error,
  uploadPolicy,
}: CaseStudyCheckAnswersProps): ReactElement {
  const steps = [1, 2, 3, 4] as const;
  const all = rows(cs);
  const isDraft = cs.status === 'DRAFT';
  return (
    <>
      <BackLink href={editorHref(cs.slug, LAST_QUESTION_STEP)}>Back</BackLink>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <span className="nhsuk-caption-l">
        Step {LAST_QUESTION_STEP + 1} of {LAST_QUESTION_STEP + 1} – {cs.title}
      </span>
      <h1 className="nhsuk-heading-xl">{EDITOR_STEP_TITLES[5]}</h1>
      <p>Your answers are saved. Check them before you finish.</p>
      {cs.reviewComments && isDraft ? (
        <InsetText>
          <p>
            <strong>Reviewer’s comments:</strong> {cs.reviewComments}
          </p>
        </InsetText>
      ) : null}
      {steps.map((step) => (
        <section key={step} aria-labelledby={`check-step-${step}`}>
          <h2 className="nhsuk-heading-m" id={`check-step-${step}`}>
            {EDITOR_STEP_TITLES[step]}
          </h2>
          <dl className="nhsuk-summary-list">
            {all
              .filter((row) => row.step === step)
              .map((row) => (
                <div key={row.key} className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">{row.key}</dt>
                  <dd className="nhsuk-summary-list__value">{row.value}</dd>
                  <dd className="nhsuk-summary-list__actions">
                    <a href={editorHref(cs.slug, step)}>
                      Change
                      <span className="nhsuk-u-visually-hidden"> {row.key.toLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="attachments">
        <h2 className="nhsuk-heading-m" id="attachments">
          Attachments
        </h2>
        <CaseStudyAttachments
          attachments={cs.attachments}
          removeAction={removeAttachmentAction}
          caseStudy={cs}
          virusScanned={uploadPolicy.virusScanned}
        />
        <AttachFileForm action={attachAction} caseStudy={cs} uploadPolicy={uploadPolicy} />
      </section>
      <form action={action}>
        <input type="hidden" name="id" value={cs.id} />
        <input type="hidden" name="slug" value={cs.slug} />
        <div className="nhsuk-button-group">
          {isDraft ? (
            <>
              <SubmitButton name="intent" value="submit">
                Submit for review
              </SubmitButton>
              <SubmitButton name="intent" value="save" secondary>
                Save as draft
              </SubmitButton>
            </>
          ) : (
            <SubmitButton name="intent" value="save">
              Save and finish
            </SubmitButton>
          )}
        </div>
      </form>
    </>
  );
}
