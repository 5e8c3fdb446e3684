import { AssessmentPageDocument, hasApiErrorCode } from '@mic/web-data-access';
import { AssessmentForm } from '@mic/web-feature-toolkits';
import { ErrorSummary } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { saveAssessmentAction } from '../../../../lib/discussions/assessment-actions';

export const metadata: Metadata = { title: 'Assessment' };

interface AssessmentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ errors?: string; saved?: string; submitted?: string }>;
}

const errorsSchema = z.array(z.object({ field: z.string(), message: z.string() })).catch([]);

export default async function AssessmentPage({
  params,
  searchParams,
}: AssessmentPageProps): Promise<ReactElement> {
  const rawId = (await params).id;
  await requireSession(`/assessments/${rawId}`);
  const id = z.string().uuid().safeParse(rawId);
  if (!id.success) notFound();
  const query = await searchParams;
  const result = await getClient()
    .query({ query: AssessmentPageDocument, variables: { id: id.data } })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'NOT_FOUND')) return null;
      throw error;
    });
  const assessment = result?.data?.assessment;
  if (!assessment) notFound();
  let parsed: unknown = [];
  try {
    parsed = query.errors ? JSON.parse(query.errors) : [];
  } catch {
    parsed = [];
  }
  const errors = errorsSchema.parse(parsed);
  const byField = Object.fromEntries(
    errors.filter((e) => e.field).map((e) => [e.field, e.message]),
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary
          errors={errors.map((e) => ({
            fieldId: e.field ? `q-${e.field.replace(/[^a-z0-9-]/gi, '-')}` : undefined,
            message: e.message,
          }))}
        />
        {query.saved || query.submitted ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{query.submitted ? 'Assessment submitted.' : 'Your answers have been saved.'}</p>
          </div>
        ) : null}
        <AssessmentForm
          assessment={assessment}
          toolkitTitle={`Assessment (form version ${assessment.toolkitVersion.number})`}
          action={saveAssessmentAction}
          errors={byField}
        />
      </div>
    </div>
  );
}
