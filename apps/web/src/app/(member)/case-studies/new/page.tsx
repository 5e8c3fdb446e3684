import { CaseStudyEditorOptionsDocument } from '@mic/web-data-access';
import { NotVerifiedNotice } from '@mic/web-feature-auth';
import { CaseStudyStepForm, defaultIcsCode } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../../lib/auth/session';
import { saveCaseStudyStepAction } from '../../../../lib/case-studies/editor-actions';
import { loadVerification } from '../../../../lib/membership/verification';

export const metadata: Metadata = { title: 'Write a case study' };

/** Step 1 of the guided editor for a new case study: saving it creates the draft. */
export default async function NewCaseStudyPage(): Promise<ReactElement> {
  // The permission check lives here, not in a layout.
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent('/case-studies/new')}`);
  // Only verified members (and regional admins) write case studies: explain rather than fail on save.
  const verification = await loadVerification();
  if (verification && !verification.verified && !verification.regionalAdmin) {
    return (
      <NotVerifiedNotice
        doing="write a case study"
        organisationName={verification.organisationName}
      />
    );
  }
  const options = await getClient().query({
    query: CaseStudyEditorOptionsDocument,
    fetchPolicy: 'no-cache',
  });
  if (!options.data) throw new Error('The editor is unavailable');
  return (
    <CaseStudyStepForm
      step={1}
      action={saveCaseStudyStepAction}
      values={{}}
      icss={options.data.icss}
      themes={options.data.themes}
      defaultIcs={defaultIcsCode(null, options.data.me?.organisation?.icss)}
      backHref="/case-studies"
    />
  );
}
