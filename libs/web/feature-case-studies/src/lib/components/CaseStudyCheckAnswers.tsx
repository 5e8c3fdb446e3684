'use client';

import type { CaseStudyEditQuery } from '@mic/web-data-access';
import { BackLink, ErrorSummary, errorSummaryItems, InsetText } from '@mic/web-ui';
import type { UploadPolicyView } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import { EVIDENCE_LABELS, STAGE_LABELS, formatDate } from '../utils/case-study-params';
import type { EditorStep } from '../utils/editor-steps';
import { EDITOR_STEP_TITLES, LAST_QUESTION_STEP, editorHref } from '../utils/editor-steps';
import { figurePeriodText, figureValueText } from '../utils/outcome-figures';
import type { LifecycleFormState } from '../utils/lifecycle-forms';
import { emptyLifecycleFormState } from '../utils/lifecycle-forms';
import { AttachFileForm, CaseStudyAttachments } from './CaseStudyAttachments';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';
import { SubmitButton } from './FormFields';

type EditCaseStudy = NonNullable<CaseStudyEditQuery['caseStudy']>;

export interface CaseStudyCheckAnswersProps {
  caseStudy: EditCaseStudy;
  /**
   * The page's one server action, by `intent`: `submit` (for peer review),
   * `save` (finish editing), `attach` (upload and attach a file) or `remove`
   * (an attachment). Errors come back to the error summary, never the URL.
   */
  action: (state: LifecycleFormState, formData: FormData) => Promise<LifecycleFormState>;
  /** Size limit and virus scanning, from the API's uploadPolicy. */
  uploadPolicy: UploadPolicyView;
}

interface Row {
  key: string;
  value: ReactNode;
  step: EditorStep;
}

const notGiven = <span className="nhsuk-u-secondary-text-colour">Not given</span>;
const orNot = (value: string | null | undefined): ReactNode => (value?.trim() ? value : notGiven);
/**
 * A Markdown answer rendered as the published page renders it: the HTML comes
 * from the API's renderMarkdown (raw HTML escaped, allow-listed tags,
 * http/https/mailto links only), so it is safe to insert.
 */
const markdown = (section: { markdown: string; html: string }): ReactNode =>
  section.markdown.trim() ? (
    <div className="mic-markdown" dangerouslySetInnerHTML={{ __html: section.html }} />
  ) : (
    notGiven
  );

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
    { step: 2, key: 'The problem or reason', value: markdown(cs.problem) },
    { step: 2, key: 'Aims', value: markdown(cs.aims) },
    { step: 3, key: 'What was done', value: markdown(cs.approach) },
    { step: 3, key: 'Core components', value: markdown(cs.coreComponents) },
    { step: 3, key: 'Adaptable parts', value: markdown(cs.adaptableParts) },
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
    { step: 4, key: 'Resources and costs', value: markdown(cs.resourcesAndCosts) },
    { step: 4, key: 'Evidence level', value: EVIDENCE_LABELS[cs.evidenceLevel] },
    { step: 4, key: 'Stage', value: STAGE_LABELS[cs.stage] },
    { step: 4, key: 'Key learning', value: markdown(cs.keyLearning) },
    {
      step: 4,
      key: 'Contact',
      value: cs.contact
        ? [cs.contact.name, cs.contact.role, cs.contact.email].filter(Boolean).join(', ')
        : notGiven,
    },
    { step: 4, key: 'Review by', value: formatDate(cs.reviewBy) },
  ];
}

/**
 * Step 5 of the guided editor: the NHS "check your answers" pattern. Every
 * answer is already saved; each row links back to its step to change it.
 */
export function CaseStudyCheckAnswers({
  caseStudy: cs,
  action,
  uploadPolicy,
}: CaseStudyCheckAnswersProps): ReactElement {
  const [state, formAction] = useActionState(action, emptyLifecycleFormState());
  const steps = [1, 2, 3, 4] as const;
  const all = rows(cs);
  const isDraft = cs.status === 'DRAFT';
  const fileError = state.errors.find((e) => e.field === 'file')?.message;
  return (
    <>
      <BackLink href={`/case-studies/${cs.slug}/edit/outcomes`}>Back</BackLink>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={errorSummaryItems(state.errors, (field) =>
          field === 'file' ? 'attachment-file' : undefined,
        )}
      />
      <span className="nhsuk-caption-l">
        Step {LAST_QUESTION_STEP + 1} of {LAST_QUESTION_STEP + 1} – {cs.title}
      </span>
      <h1 className="nhsuk-heading-xl">{EDITOR_STEP_TITLES[5]}</h1>
      <p data-testid="editor-status">
        Status: <CaseStudyStatusTag status={cs.status} reviewComments={cs.reviewComments} />
      </p>
      <p>Your answers are saved. Check them before you finish.</p>
      {cs.reviewComments && isDraft ? (
        <InsetText>
          <p className="mic-pre-wrap">
            <strong>Reviewer’s comments:</strong> {cs.reviewComments}
          </p>
        </InsetText>
      ) : null}
      {steps.map((step) => (
        <section key={step} aria-labelledby={`check-step-${step}`}>
          <h2 className="nhsuk-heading-m" id={`check-step-${step}`}>
            {EDITOR_STEP_TITLES[step]}
          </h2>
          <dl className="nhsuk-summary-list mic-check-answers">
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
      <section aria-labelledby="check-outcomes">
        <h2 className="nhsuk-heading-m" id="check-outcomes">
          Outcomes
        </h2>
        <dl className="nhsuk-summary-list mic-check-answers" data-testid="check-outcomes">
          {cs.outcomes.flatMap((series) =>
            series.measurements.map((m) => (
              <div key={m.id} className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{series.metric.label}</dt>
                <dd className="nhsuk-summary-list__value">
                  {figureValueText(m, series.metric.unit)} ({figurePeriodText(m)})
                  {m.sourceTitle || m.sourceUrl ? `. Source: ${m.sourceTitle || m.sourceUrl}` : ''}
                </dd>
                <dd className="nhsuk-summary-list__actions">
                  <a href={`/case-studies/${cs.slug}/edit/outcomes`}>
                    Change
                    <span className="nhsuk-u-visually-hidden">
                      {' '}
                      {series.metric.label.toLowerCase()} figure
                    </span>
                  </a>
                </dd>
              </div>
            )),
          )}
          {cs.outcomes.length === 0 ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Outcome figures</dt>
              <dd className="nhsuk-summary-list__value">None recorded yet</dd>
              <dd className="nhsuk-summary-list__actions">
                <a href={`/case-studies/${cs.slug}/edit/outcomes`}>
                  Add<span className="nhsuk-u-visually-hidden"> outcome figures</span>
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="attachments">
        <h2 className="nhsuk-heading-m" id="attachments">
          Attachments
        </h2>
        <CaseStudyAttachments
          attachments={cs.attachments}
          removeAction={formAction}
          caseStudy={cs}
          virusScanned={uploadPolicy.virusScanned}
        />
        <AttachFileForm
          key={`attach-${state.submittedAt ?? 0}`}
          action={formAction}
          caseStudy={cs}
          uploadPolicy={uploadPolicy}
          error={fileError}
          altText={state.values['altText']}
        />
      </section>
      {isDraft ? (
        <>
          <h2 className="nhsuk-heading-m">Now submit it for peer review</h2>
          <p>
            A reviewer from a different integrated care system will check it against the review
            criteria: the evidence, dated and sourced outcome figures, a named contact, and consent
            to share. It is published only when they approve it.
          </p>
        </>
      ) : null}
      <form action={formAction}>
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
