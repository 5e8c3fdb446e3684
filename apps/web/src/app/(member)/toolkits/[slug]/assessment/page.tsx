import { TOOLKIT_SLUG_MAX_LENGTH } from '@mic/shared-util';
import { ToolkitPageDocument } from '@mic/web-data-access';
import { ActionForm } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../../lib/auth/require-session';
import { startAssessmentAction } from '../../../../../lib/discussions/assessment-actions';

export const metadata: Metadata = { title: 'Start an assessment' };

interface StartPageProps {
  params: Promise<{ slug: string }>;
}

export default async function StartAssessmentPage({
  params,
}: StartPageProps): Promise<ReactElement> {
  const raw = (await params).slug;
  await requireSession(`/toolkits/${raw}/assessment`);
  const slug = z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(TOOLKIT_SLUG_MAX_LENGTH)
    .safeParse(raw);
  if (!slug.success) notFound();
  const { data } = await getClient().query({
    query: ToolkitPageDocument,
    variables: { slug: slug.data },
  });
  const toolkit = data?.toolkit;
  if (!toolkit?.currentVersion?.form) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{toolkit.title}: assessment</h1>
        <p className="nhsuk-body">
          Fill in the form for version {toolkit.currentVersion.number}. You can save your answers
          and come back later, then submit and export them as PDF or CSV.
        </p>
        <ActionForm
          action={startAssessmentAction}
          initialState={{ errors: [] }}
          errorDisplay="summary"
        >
          <input type="hidden" name="toolkitId" value={toolkit.id} />
          <input type="hidden" name="slug" value={toolkit.slug} />
          <button type="submit" className="nhsuk-button">
            Start a new assessment
          </button>
        </ActionForm>
      </div>
    </div>
  );
}
