import { isToolkitSlug } from '@mic/shared-util';
import { ToolkitPublishPageDocument } from '@mic/web-data-access';
import { parsePendingFiles, PublishVersionForm, UploadFileForm } from '@mic/web-feature-toolkits';
import { BackLink, ErrorSummary, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../../../lib/auth/require-session';
import { loadUploadPolicy } from '../../../../../../lib/files/upload-policy';
import { publishToolkitVersionAction } from '../../../../../../lib/toolkits/actions';

interface PublishVersionPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const uploadErrorSchema = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.string().max(300).optional().catch(undefined),
);

async function loadToolkit(slug: string) {
  if (!isToolkitSlug(slug)) notFound();
  const { data } = await getClient().query({
    query: ToolkitPublishPageDocument,
    variables: { slug },
  });
  if (!data?.toolkit) notFound();
  return data.toolkit;
}

export async function generateMetadata({ params }: PublishVersionPageProps): Promise<Metadata> {
  const { slug } = await params;
  await requireSession(`/toolkits/${slug}/versions/new`);
  return { title: `Publish a new version of ${(await loadToolkit(slug)).title}` };
}

export default async function PublishVersionPage({
  params,
  searchParams,
}: PublishVersionPageProps): Promise<ReactElement> {
  const { slug } = await params;
  await requireSession(`/toolkits/${slug}/versions/new`);
  const toolkit = await loadToolkit(slug);
  const query = await searchParams;
  const uploadError = uploadErrorSchema.parse(query['uploadError']);
  const pendingFiles = parsePendingFiles(query['file']);
  const current = toolkit.currentVersion;
  const nextNumber = (current?.number ?? 0) + 1;
  // The permission check lives here (the API's canPublishVersion decides; the page only reflects it).
  if (!toolkit.viewerCanPublish) {
    return (
      <>
        <BackLink href={`/toolkits/${toolkit.slug}`}>{`Back to ${toolkit.title}`}</BackLink>
        <h1>You cannot publish a new version of this toolkit</h1>
        <p>
          New versions of {toolkit.title} can be published by verified members of{' '}
          {toolkit.ownerOrganisation.name}, by the person who created the toolkit, and by regional
          admins.
        </p>
        <p>
          To suggest a change, <a href={`/toolkits/${toolkit.slug}`}>start a discussion</a> on the
          toolkit.
        </p>
      </>
    );
  }
  const action = publishToolkitVersionAction.bind(null, toolkit.id, toolkit.slug);
  const uploadPolicy = await loadUploadPolicy();
  return (
    <>
      <BackLink href={`/toolkits/${toolkit.slug}`}>{`Back to ${toolkit.title}`}</BackLink>
      {uploadError ? (
        <ErrorSummary errors={[{ fieldId: 'upload-file', message: uploadError }]} />
      ) : null}
      <h1>
        Publish version {nextNumber} of {toolkit.title}
      </h1>
      <InsetText>
        <p>
          You can publish because you are a verified member of {toolkit.ownerOrganisation.name},
          created this toolkit, or are a regional admin. Version {current?.number ?? 0} stays
          readable, and followers are told which sections changed.
        </p>
      </InsetText>
      <h2>Files</h2>
      {pendingFiles.length ? (
        <p>Uploaded: {pendingFiles.map((f) => f.name).join(', ')}. Choose which to attach below.</p>
      ) : null}
      <UploadFileForm
        uploadPath={`/toolkits/${toolkit.slug}/versions/new/upload`}
        pendingFiles={pendingFiles}
        error={uploadError}
        uploadPolicy={uploadPolicy}
      />
      <h2>The new version</h2>
      <p>
        Each section is filled in from version {current?.number ?? 0}: change only what changed.
      </p>
      <PublishVersionForm
        action={action}
        sections={current?.sections ?? []}
        nextNumber={nextNumber}
        pendingFiles={pendingFiles}
      />
    </>
  );
}
