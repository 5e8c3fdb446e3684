import { AssessmentPageDocument } from '@mic/web-data-access';
import { AssessmentForm } from '@mic/web-feature-toolkits';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../lib/auth/require-session';
import { saveAssessmentAction } from '../../../../lib/discussions/assessment-actions';

export const metadata: Metadata = { title: 'Assessment' };

interface AssessmentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; submitted?: string }>;
}

export default async function AssessmentPage({
  params,
  searchParams,
}: AssessmentPageProps): Promise<ReactElement> {
  const rawId = (await params).id;
  await requireSession(`/assessments/${rawId}`);
  const id = z.string().uuid().safeParse(rawId);
  if (!id.success) notFound();
  const query = await searchParams;
  const result = await queryOrNull({ query: AssessmentPageDocument, variables: { id: id.data } });
  const assessment = result?.data?.assessment;
  if (!assessment) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {query.saved || query.submitted ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{query.submitted ? 'Assessment submitted.' : 'Your answers have been saved.'}</p>
          </div>
        ) : null}
        <AssessmentForm
          assessment={assessment}
          toolkitTitle={`Assessment (form version ${assessment.toolkitVersion.number})`}
          action={saveAssessmentAction}
        />
      </div>
    </div>
  );
}
