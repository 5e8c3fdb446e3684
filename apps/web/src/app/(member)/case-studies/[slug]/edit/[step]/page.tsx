import { CaseStudyEditDocument } from '@mic/web-data-access';
import {
  CaseStudyCheckAnswers,
  CaseStudyStepForm,
  EDITOR_STEP_TITLES,
  defaultIcsCode,
  editorHref,
  isQuestionStep,
  parseEditorPage,
  slugSchema,
  valuesFromCaseStudy,
} from '@mic/web-feature-case-studies';
import type { EditorPage } from '@mic/web-feature-case-studies';
import { NotVerifiedNotice } from '@mic/web-feature-auth';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../../../lib/auth/session';
import { loadUploadPolicy } from '../../../../../../lib/files/upload-policy';
import {
  autosaveCaseStudyStepAction,
  checkAnswersAction,
  saveCaseStudyStepAction,
} from '../../../../../../lib/case-studies/editor-actions';
import { loadVerification } from '../../../../../../lib/membership/verification';

interface EditCaseStudyPageProps {
  params: Promise<{ slug: string; step: string }>;
}

function parseParams(raw: { slug: string; step: string }): { slug: string; step: EditorPage } {
  const slug = slugSchema.safeParse(raw.slug);
  const step = parseEditorPage(raw.step);
  if (!slug.success || step === null) notFound();
  return { slug: slug.data, step };
}

export async function generateMetadata({ params }: EditCaseStudyPageProps): Promise<Metadata> {
  const { step } = parseParams(await params);
  return { title: `Edit case study: ${EDITOR_STEP_TITLES[step]}` };
}

/** One step of the guided editor for an existing case study (editors only). */
export default async function EditCaseStudyPage({
  params,
}: EditCaseStudyPageProps): Promise<ReactElement> {
  const { slug, step } = parseParams(await params);
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent(editorHref(slug, step))}`);
  const result = await queryOrNull({
    query: CaseStudyEditDocument,
    variables: { slug },
    fetchPolicy: 'no-cache',
  });
  const caseStudy = result?.data?.caseStudy;
  if (!result?.data || !caseStudy || !caseStudy.canEdit) {
    // An unverified member cannot see or edit their organisation's drafts: say why.
    const verification = await loadVerification();
    if (verification && !verification.verified && !verification.regionalAdmin) {
      return (
        <NotVerifiedNotice
          doing="edit this case study"
          organisationName={verification.organisationName}
        />
      );
    }
  }
  if (!result?.data || !caseStudy) notFound();
  // The permission check lives here: only the authoring organisation (and admins) edit.
  if (!caseStudy.canEdit || caseStudy.status === 'ARCHIVED') {
    // Said on the page, never in the URL.
    return (
      <>
        <BackLink href={`/case-studies/${slug}`}>Back to the case study</BackLink>
        <h1 className="nhsuk-heading-xl">You cannot edit this case study</h1>
        <p>
          {caseStudy.status === 'ARCHIVED'
            ? 'It has been archived, so it can no longer be changed.'
            : 'Only members of the organisation that wrote it, and admins, can edit a case study.'}
        </p>
      </>
    );
  }
  if (!isQuestionStep(step)) {
    const uploadPolicy = await loadUploadPolicy();
    return (
      <CaseStudyCheckAnswers
        caseStudy={caseStudy}
        action={checkAnswersAction}
        uploadPolicy={uploadPolicy}
      />
    );
  }
  return (
    <CaseStudyStepForm
      key={`${step}:${caseStudy.version}`}
      step={step}
      action={saveCaseStudyStepAction}
      values={valuesFromCaseStudy(caseStudy)}
      caseStudy={caseStudy}
      icss={result.data.icss}
      themes={result.data.themes}
      defaultIcs={defaultIcsCode(caseStudy.ics?.odsCode, result.data.me?.organisation?.icss)}
      autosave={caseStudy.status === 'DRAFT' ? autosaveCaseStudyStepAction : undefined}
      backHref={step === 1 ? `/case-studies/${slug}` : editorHref(slug, (step - 1) as EditorPage)}
    />
  );
}
