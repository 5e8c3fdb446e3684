import { CaseStudiesDocument, CaseStudyFilterOptionsDocument } from '@mic/web-data-access';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { FollowBlock } from '../../../../lib/follows/follow-block';

interface ThemePageProps {
  params: Promise<{ key: string }>;
}

const themeKey = z.string().regex(/^[A-Z0-9_]{1,60}$/);

/** Shown on the page; the library lists the rest with the theme filter. */
const CASE_STUDIES_ON_THEME_PAGE = 20;

async function loadTheme(rawKey: string) {
  const key = themeKey.safeParse(rawKey);
  if (!key.success) notFound();
  const { data } = await getClient().query({ query: CaseStudyFilterOptionsDocument });
  const theme = data?.themes.find((t) => t.key === key.data);
  if (!theme) notFound();
  return theme;
}

export async function generateMetadata({ params }: ThemePageProps): Promise<Metadata> {
  const theme = await loadTheme((await params).key);
  return { title: `${theme.label} theme` };
}

/** A theme: follow it, and its published case studies. */
export default async function ThemePage({ params }: ThemePageProps): Promise<ReactElement> {
  const theme = await loadTheme((await params).key);
  const { data } = await getClient().query({
    query: CaseStudiesDocument,
    variables: { filter: { theme: theme.key }, first: CASE_STUDIES_ON_THEME_PAGE },
  });
  const connection = data?.caseStudies;
  const studies = connection?.edges.map((e) => e.node) ?? [];
  const libraryHref = `/case-studies?${new URLSearchParams({ theme: theme.key }).toString()}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/case-studies">Case study library</BackLink>
        <h1 className="nhsuk-heading-xl">
          <span className="nhsuk-caption-xl">
            Theme<span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {theme.label}
        </h1>
        <FollowBlock
          targetType="THEME"
          targetId={theme.key}
          name={`the ${theme.label} theme`}
          returnTo={`/themes/${theme.key}`}
        />
        <h2 className="nhsuk-heading-l">Case studies</h2>
        {studies.length === 0 ? (
          <p>There are no published case studies with this theme yet.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--border" data-testid="theme-case-studies">
            {studies.map((cs) => (
              <li key={cs.id}>
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                  <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
                </h3>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {cs.organisation.name}
                  {cs.ics ? `, ${cs.ics.shortName}` : ''}
                </p>
                <p className="nhsuk-body-s">{cs.summary}</p>
              </li>
            ))}
          </ul>
        )}
        {connection && connection.totalCount > studies.length ? (
          <p>
            <a href={libraryHref}>
              See all {connection.totalCount} case studies with this theme in the library
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
