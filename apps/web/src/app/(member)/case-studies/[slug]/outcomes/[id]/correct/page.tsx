import {
  OutcomeFigureForm,
  figurePeriodText,
  figureValueText,
  outcomeFigureValues,
} from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { correctOutcomeFigureAction } from '../../../../../../../lib/case-studies/outcome-actions';
import { loadEditableFigures } from '../../../../../../../lib/case-studies/outcome-figures-page';

export const metadata: Metadata = { title: 'Correct an outcome figure' };

interface Props {
  params: Promise<{ slug: string; id: string }>;
}

/** Correct a current figure: the corrected figure replaces it; the earlier value stays visible. */
export default async function CorrectFigurePage({ params }: Props): Promise<ReactElement> {
  const { slug, id } = await params;
  const data = await loadEditableFigures(slug, `/case-studies/${slug}/outcomes/${id}/correct`);
  const series = data.caseStudy.outcomes.find((s) => s.measurements.some((m) => m.id === id));
  const figure = series?.measurements.find((m) => m.id === id);
  if (!series || !figure) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/case-studies/${data.caseStudy.slug}/outcomes`}>
          Back to the figures
        </BackLink>
        <span className="nhsuk-caption-l">{data.caseStudy.title}</span>
        <h1 className="nhsuk-heading-l">Correct a figure: {series.metric.label}</h1>
        <p>
          Currently {figureValueText(figure, series.metric.unit)} ({figurePeriodText(figure)}). The
          corrected figure replaces it; the earlier value stays visible in its history.
        </p>
        <OutcomeFigureForm
          initial={outcomeFigureValues(figure)}
          submitText="Save correction"
          withReason
          action={correctOutcomeFigureAction.bind(
            null,
            data.caseStudy.slug,
            figure.id,
            series.metric.key,
          )}
        />
      </div>
    </div>
  );
}
