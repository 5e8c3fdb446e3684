import type { AdoptionDetailQuery } from '@mic/web-data-access';
import { BackLink, InsetText, SummaryList, TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import {
  ADAPTATION_DECISION_TEXT,
  READINESS_AREA_LABELS,
  adoptionStageLabel,
} from '../utils/adoption-forms';
import { formatDate } from '../utils/case-study-params';
import { coreComponentsFrom } from '../utils/core-components';
import {
  AdaptationForm,
  AdoptionFormMessages,
  AdoptionFormsProvider,
  AttachAssessmentForm,
  FigureForm,
  ReadinessForm,
  StageForm,
} from './AdoptionForms';
import type { AdoptionFormActions } from './AdoptionForms';
import { AttachedAssessments } from './AttachedAssessments';
import type { AssessmentOption } from './AttachedAssessments';
import { OutcomeSeriesSection } from './OutcomeSeries';

export interface AdoptionDetailProps {
  data: AdoptionDetailQuery;
  /** The server actions of the update forms (shown to the adoption's editors). */
  actions: AdoptionFormActions;
  /** The editor's submitted toolkit assessments, to attach as evidence. */
  assessmentOptions?: ReadonlyArray<AssessmentOption>;
  /** Just declared ("declared"), or a repeat declaration that found this one ("already"). */
  notice?: 'declared' | 'already';
}

const areaLabel = (area: string): string =>
  READINESS_AREA_LABELS[area as keyof typeof READINESS_AREA_LABELS] ?? area;

/** One adoption: what happens next, stage history, adaptation log, outcomes, and its editors' forms. */
export function AdoptionDetail({
  data,
  actions,
  assessmentOptions = [],
  notice,
}: AdoptionDetailProps): ReactElement {
  const a = data.adoption;
  const cs = a.caseStudy;
  const origin = `${cs.organisation.name} (${cs.ics?.shortName ?? 'region-wide'})`;
  const learnedFrom = cs.adoptions.find((x) => x.id === a.learnedFromAdoptionId);
  const learners = cs.adoptions.filter((x) => x.learnedFromAdoptionId === a.id);
  const adopterContact = a.contacts.find((c) => c.side === 'ADOPTER');
  const submitted = assessmentOptions.filter((o) => o.status === 'SUBMITTED');
  return (
    <AdoptionFormsProvider actions={actions}>
      <BackLink href={`/case-studies/${cs.slug}`}>{cs.title}</BackLink>
      <AdoptionFormMessages />
      <h1 className="nhsuk-heading-xl">
        <span className="nhsuk-caption-xl">
          Adoption of {cs.title}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {a.organisation.name}
      </h1>
      {notice === 'declared' ? (
        <>
          <div className="nhsuk-panel" data-testid="adoption-declared">
            <h2 className="nhsuk-panel__title">Adoption declared</h2>
            <div className="nhsuk-panel__body">
              {a.organisation.name} is adopting this practice, at the{' '}
              {adoptionStageLabel(a.stage).toLowerCase()} stage
            </div>
          </div>
          <h2 className="nhsuk-heading-l">What happens next</h2>
          <ol className="nhsuk-list nhsuk-list--number" data-testid="next-steps">
            <li>
              We have told the origin, {origin}. They may get in touch with{' '}
              {adopterContact ? adopterContact.name : 'you'} to help you lift it.
            </li>
            <li>
              Log what you keep, adapt or drop of each core component, in the{' '}
              {a.canEdit ? <a href="#adaptation-form">adaptation log</a> : 'adaptation log'}.
            </li>
            <li>
              Score your readiness and note the barriers and enablers you meet
              {a.canEdit ? (
                <>
                  {' '}
                  (<a href="#readiness-form">readiness</a>)
                </>
              ) : null}
              .
            </li>
            <li>
              Add figures as you collect them, using the same metrics as the origin, so the case
              study can compare them
              {a.canEdit ? (
                <>
                  {' '}
                  (<a href="#figure-form">add a figure</a>)
                </>
              ) : null}
              .
            </li>
            <li>
              Change the stage as the work moves on. Your adoption now shows on the{' '}
              <a href="/spread">spread of practice</a> map.
            </li>
          </ol>
        </>
      ) : null}
      {notice === 'already' ? (
        <InsetText>
          <p data-testid="adoption-already">
            {a.organisation.name} was already adopting this case study, so no new adoption was made.
            This is its adoption.
          </p>
        </InsetText>
      ) : null}
      <SummaryList
        rows={[
          { key: 'Stage', value: adoptionStageLabel(a.stage) },
          { key: 'Integrated care system', value: a.ics?.shortName ?? 'Region-wide' },
          { key: 'Declared', value: formatDate(a.createdAt) },
          {
            key: 'Learned from',
            value: learnedFrom ? (
              <a href={`/adoptions/${learnedFrom.id}`}>{learnedFrom.organisation.name}</a>
            ) : (
              `The origin, ${origin}`
            ),
          },
          ...(learners.length
            ? [
                {
                  key: 'Learned from this adoption',
                  value: (
                    <ul className="nhsuk-list">
                      {learners.map((l) => (
                        <li key={l.id}>
                          <a href={`/adoptions/${l.id}`}>{l.organisation.name}</a>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          { key: 'Barriers', value: a.barriers.join('; ') || 'None recorded' },
          { key: 'Enablers', value: a.enablers.join('; ') || 'None recorded' },
          {
            key: 'Readiness',
            value: a.readiness.length
              ? a.readiness.map((r) => `${areaLabel(r.area)}: ${r.score} out of 4`).join(', ')
              : 'Not assessed',
          },
          {
            key: 'Contacts',
            value: a.contacts.length ? (
              <ul className="nhsuk-list">
                {a.contacts.map((c) => (
                  <li key={`${c.side}-${c.name}`}>
                    {c.name} ({c.side === 'ADOPTER' ? 'adopter' : 'origin'})
                    {c.email ? (
                      <>
                        , <a href={`mailto:${c.email}`}>{c.email}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              'None recorded'
            ),
          },
        ]}
      />
      <h2 className="nhsuk-heading-l">Stage history</h2>
      <TableScroll labelledBy="stage-history-caption">
        <table className="nhsuk-table" data-testid="stage-history">
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id="stage-history-caption"
          >
            Stages and when they were entered
          </caption>
          <TableHead rowClass columns={['Stage', 'Date', 'Reason']} />
          <tbody className="nhsuk-table__body">
            {a.stageHistory.map((s, i) => (
              <tr key={`${s.stage}-${i}`} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">{adoptionStageLabel(s.stage)}</td>
                <td className="nhsuk-table__cell">{formatDate(s.changedOn)}</td>
                <td className="nhsuk-table__cell">{s.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 className="nhsuk-heading-l" id="adaptation-log">
        Adaptation log
      </h2>
      {a.adaptations.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="adaptation-log">
          {a.adaptations.map((x) => (
            <li key={x.id}>
              <strong>{x.component}</strong>: {ADAPTATION_DECISION_TEXT[x.decision] ?? x.decision}
              {x.detail ? `. ${x.detail}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>No adaptations logged yet.</p>
      )}
      {a.assessments.length > 0 || (a.canEdit && submitted.length > 0) ? (
        <AttachedAssessments
          assessments={a.assessments}
          attachForm={
            a.canEdit && actions.attach && submitted.length ? (
              <AttachAssessmentForm adoptionId={a.id} options={submitted} />
            ) : undefined
          }
        />
      ) : null}
      <h2 className="nhsuk-heading-l" id="outcomes">
        Outcomes
      </h2>
      {a.outcomes.length === 0 ? <p>No figures recorded yet.</p> : null}
      {a.outcomes.map((series) => (
        <OutcomeSeriesSection
          key={series.metric.key}
          series={series}
          idPrefix="adoption-outcome"
          testId="adoption-outcomes"
        />
      ))}
      {a.canEdit ? (
        <section aria-labelledby="update-adoption">
          <h2 className="nhsuk-heading-l" id="update-adoption">
            Update this adoption
          </h2>
          <div id="stage-form">
            <StageForm adoptionId={a.id} currentStage={a.stage} />
          </div>
          <div id="adaptation-form">
            <AdaptationForm
              adoptionId={a.id}
              components={coreComponentsFrom(cs.coreComponents.markdown)}
            />
          </div>
          <div id="readiness-form">
            <ReadinessForm
              adoptionId={a.id}
              readiness={a.readiness}
              barriers={a.barriers}
              enablers={a.enablers}
            />
          </div>
          <div id="figure-form">
            <FigureForm adoptionId={a.id} metrics={data.metrics} />
            <p className="nhsuk-body">
              Many figures?{' '}
              <a href={`/adoptions/${a.id}/outcomes/import`} data-testid="adoption-import-link">
                Import figures from a spreadsheet (CSV or Excel)
              </a>
            </p>
          </div>
        </section>
      ) : null}
    </AdoptionFormsProvider>
  );
}
