import type { AdoptionDetailQuery } from '@mic/web-data-access';
import { BackLink, ErrorSummary, Select, SummaryList, Textarea, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { ADOPTION_STAGE_LABELS, formatDate } from '../utils/case-study-params';
import { AttachedAssessments } from './AttachedAssessments';
import { OutcomeSeriesSection } from './OutcomeSeries';
import type { AssessmentOption } from './AttachedAssessments';
import { SubmitButton } from './FormFields';

export interface AdoptionDetailProps {
  data: AdoptionDetailQuery;
  stageAction: (formData: FormData) => Promise<void>;
  adaptationAction: (formData: FormData) => Promise<void>;
  measurementAction: (formData: FormData) => Promise<void>;
  readinessAction: (formData: FormData) => Promise<void>;
  /** Given to signed-in editors: attach one of their submitted toolkit assessments. */
  attachAssessment?: {
    action: (formData: FormData) => Promise<void>;
    options: ReadonlyArray<AssessmentOption>;
  };
  error?: string;
}

const READINESS_AREAS = ['leadership', 'funding', 'partners', 'data', 'workforce'] as const;
const SCORES = [
  { value: '0', text: '0 – not in place' },
  { value: '1', text: '1' },
  { value: '2', text: '2' },
  { value: '3', text: '3' },
  { value: '4', text: '4 – fully in place' },
];

const DECISIONS = [
  { value: 'KEPT', text: 'Kept as it is' },
  { value: 'ADAPTED', text: 'Adapted' },
  { value: 'DROPPED', text: 'Dropped' },
];

/** One adoption: stage history, adaptation log, own outcomes, and forms for its organisation. */
export function AdoptionDetail({
  data,
  stageAction,
  adaptationAction,
  measurementAction,
  readinessAction,
  attachAssessment,
  error,
}: AdoptionDetailProps): ReactElement {
  const a = data.adoption;
  return (
    <>
      <BackLink href={`/case-studies/${a.caseStudy.slug}`}>{a.caseStudy.title}</BackLink>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-xl">
          Adoption of {a.caseStudy.title}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {a.organisation.name}
      </h1>
      <SummaryList
        rows={[
          { key: 'Stage', value: ADOPTION_STAGE_LABELS[a.stage] ?? a.stage },
          { key: 'Integrated care system', value: a.ics?.shortName ?? 'Region-wide' },
          { key: 'Barriers', value: a.barriers.join('; ') || 'None recorded' },
          { key: 'Enablers', value: a.enablers.join('; ') || 'None recorded' },
          {
            key: 'Readiness',
            value: a.readiness.length
              ? a.readiness.map((r) => `${r.area}: ${r.score}/4`).join(', ')
              : 'Not assessed',
          },
          {
            key: 'Contacts',
            value: a.contacts.length
              ? a.contacts.map((c) => `${c.name} (${c.side.toLowerCase()})`).join(', ')
              : 'None recorded',
          },
        ]}
      />
      <h2 className="nhsuk-heading-l">Stage history</h2>
      <table className="nhsuk-table" data-testid="stage-history">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Stages and when they were entered
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Stage
            </th>
            <th scope="col" className="nhsuk-table__header">
              Date
            </th>
            <th scope="col" className="nhsuk-table__header">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {a.stageHistory.map((s, i) => (
            <tr key={`${s.stage}-${i}`} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{ADOPTION_STAGE_LABELS[s.stage] ?? s.stage}</td>
              <td className="nhsuk-table__cell">{formatDate(s.changedOn)}</td>
              <td className="nhsuk-table__cell">{s.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="nhsuk-heading-l">Adaptation log</h2>
      {a.adaptations.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="adaptation-log">
          {a.adaptations.map((x) => (
            <li key={x.id}>
              <strong>{x.component}</strong>:{' '}
              {DECISIONS.find((d) => d.value === x.decision)?.text ?? x.decision}
              {x.detail ? `. ${x.detail}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>No adaptations logged yet.</p>
      )}
      {a.assessments.length > 0 || (attachAssessment && a.canEdit) ? (
        <AttachedAssessments
          assessments={a.assessments}
          attach={
            attachAssessment && a.canEdit
              ? { ...attachAssessment, hidden: { adoptionId: a.id } }
              : undefined
          }
        />
      ) : null}
      <h2 className="nhsuk-heading-l">Outcomes</h2>
      {a.outcomes.length === 0 ? <p>No figures recorded yet.</p> : null}
      {a.outcomes.map((series) => (
        <OutcomeSeriesSection key={series.metric.key} series={series} idPrefix="adoption-outcome" testId="adoption-outcomes" />
      ))}
      {a.canEdit ? (
        <>
          <h2 className="nhsuk-heading-l">Update this adoption</h2>
          <form action={stageAction}>
            <input type="hidden" name="id" value={a.id} />
            <Select
              id="stage"
              label="Stage"
              options={Object.entries(ADOPTION_STAGE_LABELS).map(([value, text]) => ({
                value,
                text,
              }))}
              defaultValue={a.stage}
            />
            <TextInput id="stageReason" label="Reason or note (required if stopped)" />
            <SubmitButton secondary>Change stage</SubmitButton>
          </form>
          <form action={adaptationAction}>
            <input type="hidden" name="id" value={a.id} />
            <TextInput id="component" label="Core component" hint="As the origin describes it." />
            <Select id="decision" label="What you did with it" options={DECISIONS} />
            <Textarea id="detail" label="How it was adapted, or why it was dropped" rows={3} />
            <SubmitButton secondary>Log adaptation</SubmitButton>
          </form>
          <form action={readinessAction}>
            <input type="hidden" name="id" value={a.id} />
            <h3 className="nhsuk-heading-s">Readiness self-assessment, barriers and enablers</h3>
            {READINESS_AREAS.map((area) => (
              <Select
                key={area}
                id={`readiness-${area}`}
                label={`Readiness: ${area}`}
                options={SCORES}
                defaultValue={String(a.readiness.find((r) => r.area === area)?.score ?? 0)}
              />
            ))}
            <Textarea id="barriers" label="Barriers (one per line)" rows={3} />
            <Textarea id="enablers" label="Enablers (one per line)" rows={3} />
            <SubmitButton secondary>Save readiness</SubmitButton>
          </form>
          <form action={measurementAction}>
            <input type="hidden" name="id" value={a.id} />
            <Select
              id="metricKey"
              label="Metric"
              options={data.metrics.map((m) => ({ value: m.key, text: `${m.label} (${m.unit})` }))}
            />
            <TextInput id="value" label="Value" width={10} />
            <TextInput id="measuredOn" label="Date (YYYY-MM-DD)" width={10} />
            <TextInput id="sourceTitle" label="Source" hint="A document title or a link." />
            <SubmitButton secondary>Add figure</SubmitButton>
          </form>
        </>
      ) : null}
    </>
  );
}
