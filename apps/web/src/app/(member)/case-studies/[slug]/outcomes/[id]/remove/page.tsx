import {
  RemoveOutcomeFigureForm,
  figurePeriodText,
  figureValueText,
} from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { removeOutcomeFigureAction } from '../../../../../../../lib/case-studies/outcome-actions';
import { loadEditableFigures } from '../../../../../../../lib/case-studies/outcome-figures-page';

export const metadata: Metadata = { title: 'Remove an outcome figure' };

interface Props {
  params: Promise<{ slug: string; id: string }>;
}

/** Remove a current figure, saying why; it stays listed as removed. */
export default async function RemoveFigurePage({ params }: Props): Promise<ReactElement> {
  const { slug, id } = await params;
  const data = await loadEditableFigures(slug, `/case-studies/${slug}/outcomes/${id}/remove`);
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
        <h1 className="nhsuk-heading-l">Remove a figure: {series.metric.label}</h1>
        <p>
          {figureValueText(figure, series.metric.unit)} ({figurePeriodText(figure)}). A removed
          figure is no longer counted, but stays listed as removed with your reason.
        </p>
        <RemoveOutcomeFigureForm
          action={removeOutcomeFigureAction.bind(null, data.caseStudy.slug, figure.id)}
        />
      </div>
    </div>
  );
}
