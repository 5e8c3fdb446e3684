import { CaseStudyOutcomeFiguresDocument } from '@mic/web-data-access';
import type { CaseStudyOutcomeFiguresQuery } from '@mic/web-data-access';
import { OutcomeFigureForm, OutcomeFigureList, slugSchema } from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../apollo/query-or-null';
import { readSessionToken } from '../auth/session';
import { addOutcomeFigureAction } from './outcome-actions';
import type { FiguresReturn } from './outcome-actions';

export type FiguresData = CaseStudyOutcomeFiguresQuery & {
  caseStudy: NonNullable<CaseStudyOutcomeFiguresQuery['caseStudy']>;
};

/** The case study's figures for one of its editors: sign in first; 404 if unknown or not theirs to edit. */
export async function loadEditableFigures(rawSlug: string, path: string): Promise<FiguresData> {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) notFound();
  if (!(await readSessionToken())) redirect(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  const result = await queryOrNull({
    query: CaseStudyOutcomeFiguresDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  if (!result?.data || !cs || !cs.canEdit || cs.status === 'ARCHIVED') notFound();
  return result.data as FiguresData;
}

const NOTICES: Record<string, string> = {
  added: 'The figure has been added.',
  corrected: 'The figure has been corrected. The earlier value stays in its history.',
  removed: 'The figure has been removed. It stays listed as removed, with your reason.',
};

/** The current figures (with Change and Remove) and the add form: the editor's Outcomes step, and the published page's figures page. */
export function OutcomeFiguresPage({
  data,
  where,
  notice,
}: {
  data: FiguresData;
  where: FiguresReturn;
  notice?: string;
}): ReactElement {
  const cs = data.caseStudy;
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink
          href={where === 'editor' ? `/case-studies/${cs.slug}/edit/4` : `/case-studies/${cs.slug}`}
        >
          {where === 'editor' ? 'Back' : 'Back to the case study'}
        </BackLink>
        <span className="nhsuk-caption-l">{cs.title}</span>
        <h1 className="nhsuk-heading-l">{where === 'editor' ? 'Outcomes' : 'Outcome figures'}</h1>
        {message ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{message}</p>
          </div>
        ) : null}
        <p>
          Record the figures that show what the practice achieved, each with the period it covers
          and its source. Corrections keep the earlier value visible.
        </p>
        <OutcomeFigureList caseStudy={cs} manageBase={`/case-studies/${cs.slug}/outcomes`} />
        <p>
          Many figures to add?{' '}
          <a href={`/case-studies/${cs.slug}/outcomes/import`} data-testid="import-figures">
            Import figures from a spreadsheet (CSV or XLSX)
          </a>
          .
        </p>
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        <OutcomeFigureForm
          heading="Add a figure"
          metrics={data.metrics}
          submitText="Add figure"
          action={addOutcomeFigureAction.bind(null, cs.slug, cs.id, where)}
        />
        {where === 'editor' ? (
          <a
            className="nhsuk-button nhsuk-button--secondary"
            href={`/case-studies/${cs.slug}/edit/5`}
            data-testid="outcomes-continue"
          >
            Continue to check your answers
          </a>
        ) : null}
      </div>
    </div>
  );
}
