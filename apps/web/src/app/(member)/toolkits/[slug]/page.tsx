import { randomUUID } from 'node:crypto';

import { TOOLKIT_SLUG_MAX_LENGTH, TOOLKIT_SLUG_PATTERN } from '@mic/shared-util';
import {
  MyFollowsDocument,
  ThreadsBySubjectDocument,
  ToolkitPageDocument,
} from '@mic/web-data-access';
import { FollowControl, StartThreadForm, ThreadList } from '@mic/web-feature-discussions';
import { ToolkitDetail } from '@mic/web-feature-toolkits';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { startThreadAction } from '../../../../lib/discussions/actions';
import { setFollowLevelAction } from '../../../../lib/follows/actions';
import { loadUploadPolicy } from '../../../../lib/files/upload-policy';

interface ToolkitPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ version?: string }>;
}

const slugSchema = z.string().regex(TOOLKIT_SLUG_PATTERN).max(TOOLKIT_SLUG_MAX_LENGTH);

async function loadToolkit(rawSlug: string) {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) notFound();
  const { data } = await getClient().query({
    query: ToolkitPageDocument,
    variables: { slug: slug.data },
  });
  if (!data?.toolkit) notFound();
  return data.toolkit;
}

export async function generateMetadata({ params }: ToolkitPageProps): Promise<Metadata> {
  const { slug } = await params;
  await requireSession(`/toolkits/${slug}`);
  return { title: (await loadToolkit(slug)).title };
}

export default async function ToolkitPage({
  params,
  searchParams,
}: ToolkitPageProps): Promise<ReactElement> {
  const { slug } = await params;
  const { version } = await searchParams;
  const selectedVersion = z.coerce.number().int().min(1).max(100000).safeParse(version);
  await requireSession(`/toolkits/${slug}`);
  const toolkit = await loadToolkit(slug);
  const client = getClient();
  const sections = toolkit.currentVersion?.sections ?? [];
  const [sectionThreads, toolkitThreads, follows, uploadPolicy] = await Promise.all([
    Promise.all(
      sections.map((s) =>
        client
          .query({
            query: ThreadsBySubjectDocument,
            variables: { filter: { subjectType: 'TOOLKIT_SECTION', subjectId: s.threadSubjectId } },
          })
          .then((r) => r.data?.threads.edges.map((e) => e.node) ?? []),
      ),
    ),
    client
      .query({
        query: ThreadsBySubjectDocument,
        variables: { filter: { subjectType: 'TOOLKIT', subjectId: toolkit.id } },
      })
      .then((r) => r.data?.threads.edges.map((e) => e.node) ?? []),
    client.query({ query: MyFollowsDocument }).then((r) => r.data?.myFollows ?? []),
    loadUploadPolicy(),
  ]);
  const threadsByKey = new Map(sections.map((s, i) => [s.key, sectionThreads[i]]));
  const returnTo = `/toolkits/${toolkit.slug}`;
  const level =
    follows.find((f) => f.targetType === 'TOOLKIT' && f.targetId === toolkit.id)?.level ?? null;
  return (
    <>
      <ToolkitDetail
        toolkit={toolkit}
        fileBaseUrl=""
        virusScanned={uploadPolicy.virusScanned}
        selectedVersion={selectedVersion.success ? selectedVersion.data : null}
        followControl={
          <FollowControl
            action={setFollowLevelAction}
            targetType="TOOLKIT"
            targetId={toolkit.id}
            level={level}
            returnTo={returnTo}
            name={toolkit.title}
            signedIn
          />
        }
        renderSectionDiscussion={(section) => (
          <>
            <h3 className="nhsuk-heading-s">Discussion about {section.title}</h3>
            <ThreadList threads={threadsByKey.get(section.key) ?? []} />
            <StartThreadForm
              action={startThreadAction}
              subjectType="TOOLKIT_SECTION"
              subjectId={section.threadSubjectId}
              returnTo={`${returnTo}#section-${section.key}`}
              idPrefix={`section-${section.key}`}
              legend={`Start a discussion about ${section.title}`}
              clientKey={randomUUID()}
            />
          </>
        )}
        toolkitDiscussion={
          <>
            <ThreadList threads={toolkitThreads} />
            <StartThreadForm
              action={startThreadAction}
              subjectType="TOOLKIT"
              subjectId={toolkit.id}
              returnTo={returnTo}
              idPrefix="toolkit"
              legend="Ask the originators a question"
              clientKey={randomUUID()}
            />
          </>
        }
      />
    </>
  );
}
