import { describe, expect, it } from '@jest/globals';
import type { CaseStudyEditQuery, ReviewQueueQuery } from '@mic/web-data-access';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { emptyLifecycleFormState } from '../utils/lifecycle-forms';
import { CaseStudyCheckAnswers } from './CaseStudyCheckAnswers';
import { CaseStudyStepForm } from './CaseStudyStepForm';
import { MyCaseStudies } from './MyCaseStudies';
import { ReviewQueue } from './ReviewQueue';

type EditCaseStudy = NonNullable<CaseStudyEditQuery['caseStudy']>;

const section = (markdown: string, html: string) => ({ markdown, html });
const empty = section('', '');

const caseStudy: EditCaseStudy = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'work-academy',
  title: 'Work academy',
  summary: 'Residents into NHS jobs.',
  status: 'DRAFT',
  version: 3,
  canEdit: true,
  evidenceLevel: 'BEFORE_AFTER',
  stage: 'PILOT',
  reviewBy: '2027-03-31',
  reviewComments: null,
  ics: { odsCode: 'QUA', shortName: 'Black Country' },
  place: { name: 'Walsall' },
  themes: [{ key: 'EMPLOYMENT', label: 'Employment and employability' }],
  problem: section('High **unemployment**.', '<p>High <strong>unemployment</strong>.</p>\n'),
  aims: section('- Fifty jobs\n- A year', '<ul>\n<li>Fifty jobs</li>\n<li>A year</li>\n</ul>\n'),
  approach: empty,
  coreComponents: empty,
  adaptableParts: empty,
  resourcesAndCosts: empty,
  keyLearning: empty,
  targetPopulation: { groups: [], imdQuintiles: [], ageBands: [] },
  partners: [],
  attachments: [],
  contact: null,
  outcomes: [],
};

const noAction = async () => emptyLifecycleFormState();

describe('CaseStudyCheckAnswers', () => {
  it('should render the Markdown answers as the published page does, not their source', () => {
    const html = renderToStaticMarkup(
      createElement(CaseStudyCheckAnswers, {
        caseStudy,
        action: noAction,
        uploadPolicy: { maxBytes: 25 * 1024 * 1024, virusScanned: false },
      }),
    );
    expect(html).toContain('<strong>unemployment</strong>');
    expect(html).toContain('<li>Fifty jobs</li>');
    expect(html).not.toContain('**');
    expect(html).toContain('Status: <strong class="nhsuk-tag nhsuk-tag--white">Draft</strong>');
    expect(html).toContain('31 March 2027');
    expect(html).not.toMatch(/\bDRAFT\b/);
  });

  it('should say a returned draft is "Returned to author" and show the comments', () => {
    const html = renderToStaticMarkup(
      createElement(CaseStudyCheckAnswers, {
        caseStudy: { ...caseStudy, reviewComments: 'Add the sources.' },
        action: noAction,
        uploadPolicy: { maxBytes: 1024, virusScanned: true },
      }),
    );
    expect(html).toContain('Returned to author');
    expect(html).toContain('Add the sources.');
  });
});

describe('CaseStudyStepForm step 1', () => {
  const icss = [
    {
      odsCode: 'QHL',
      shortName: 'Birmingham and Solihull',
      places: [{ name: 'Birmingham' }, { name: 'Solihull' }],
    },
    {
      odsCode: 'QUA',
      shortName: 'Black Country',
      places: [{ name: 'Dudley' }, { name: 'Walsall' }],
    },
  ];
  const render = (values: Record<string, string>, defaultIcs: string) =>
    renderToStaticMarkup(
      createElement(CaseStudyStepForm, {
        step: 1,
        action: async (state) => state,
        values,
        icss,
        themes: [],
        backHref: '/case-studies',
        defaultIcs,
      }),
    );
  const placeOptions = (html: string): string[] => {
    const select = html.slice(
      html.indexOf('id="placeName"'),
      html.indexOf('</select>', html.indexOf('id="placeName"')),
    );
    return [...select.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1] as string);
  };

  it('should list only the places of the organisation’s ICS for a new case study', () => {
    expect(placeOptions(render({}, 'QUA'))).toEqual(['Across the ICS', 'Dudley', 'Walsall']);
  });

  it('should list only the places of the saved ICS', () => {
    expect(placeOptions(render({ icsOdsCode: 'QHL', placeName: 'Solihull' }, 'QUA'))).toEqual([
      'Across the ICS',
      'Birmingham',
      'Solihull',
    ]);
  });

  it('should keep a place from another ICS selected and say it is not in this one', () => {
    expect(placeOptions(render({ icsOdsCode: 'QHL', placeName: 'Walsall' }, 'QUA'))).toEqual([
      'Across the ICS',
      'Birmingham',
      'Solihull',
      'Walsall (not in Birmingham and Solihull)',
    ]);
  });
});

describe('status labels in lists', () => {
  it('should label the review queue and "your case studies" in words', () => {
    const node: ReviewQueueQuery['caseStudies']['edges'][number]['node'] = {
      id: 'a',
      slug: 'work-academy',
      title: 'Work academy',
      summary: 'Residents into NHS jobs.',
      status: 'SUBMITTED',
      submittedAt: '2026-07-31T23:30:00.000Z',
      canReview: true,
      organisation: { name: 'Walsall Healthcare NHS Trust', type: { label: 'NHS trust' } },
      ics: { shortName: 'Black Country' },
      themes: [{ key: 'EMPLOYMENT', label: 'Employment and employability' }],
    };
    const queue = renderToStaticMarkup(
      createElement(ReviewQueue, { queue: { totalCount: 1, edges: [{ node }] } }),
    );
    expect(queue).toContain('Submitted for review');
    expect(queue).toContain('on 1 August 2026');
    expect(queue).toContain('href="/case-studies/work-academy/review"');
    expect(queue).toContain('Walsall Healthcare NHS Trust (NHS trust), Black Country');
    expect(queue).not.toMatch(/\bSUBMITTED\b|NHS_TRUST/);

    const mine = renderToStaticMarkup(
      createElement(MyCaseStudies, {
        organisationName: 'Walsall Healthcare NHS Trust',
        connection: {
          totalCount: 2,
          edges: [
            {
              node: {
                id: 'b',
                slug: 'returned',
                title: 'Returned one',
                status: 'DRAFT',
                reviewComments: 'Add sources.',
                updatedAt: '2026-01-02T10:00:00.000Z',
                ics: null,
              },
            },
            {
              node: {
                id: 'c',
                slug: 'archived',
                title: 'Archived one',
                status: 'ARCHIVED',
                reviewComments: null,
                updatedAt: '2026-01-02T10:00:00.000Z',
                ics: null,
              },
            },
          ],
        },
      }),
    );
    expect(mine).toContain('Returned to author');
    expect(mine).toContain('Archived');
    expect(mine).not.toMatch(/\b(DRAFT|ARCHIVED)\b/);
    expect(mine).toContain('aria-labelledby="my-case-studies-caption"');
  });
});
