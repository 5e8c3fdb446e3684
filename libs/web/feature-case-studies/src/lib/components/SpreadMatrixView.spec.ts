import { describe, expect, it } from '@jest/globals';
import type { SpreadMatrixQuery } from '@mic/web-data-access';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { SpreadMatrixView } from './SpreadMatrixView';

const data: SpreadMatrixQuery = {
  themes: [{ key: 'EMPLOYMENT', label: 'Employment' }],
  spreadMatrix: {
    icss: [
      { odsCode: 'QHL', shortName: 'Birmingham and Solihull' },
      { odsCode: 'QUA', shortName: 'Black Country' },
    ],
    caseStudies: [
      {
        id: 'cs-1',
        slug: 'work4health',
        title: 'Work4Health: sector-based work academy into NHS and care roles',
        organisation: { name: 'Walsall Healthcare NHS Trust' },
        ics: { odsCode: 'QUA', shortName: 'Black Country' },
      },
      {
        id: 'cs-2',
        slug: 'thrive-into-work',
        title: 'Thrive into Work: Individual Placement and Support',
        organisation: { name: 'West Midlands Combined Authority' },
        ics: null,
      },
    ],
    cells: [
      {
        icsOdsCode: 'QHL',
        caseStudyId: 'cs-1',
        furthestStage: 'PILOTING',
        adoptionId: 'a-1',
        adoptionCount: 1,
        isOrigin: false,
      },
      {
        icsOdsCode: 'QUA',
        caseStudyId: 'cs-1',
        furthestStage: null,
        adoptionId: null,
        adoptionCount: 0,
        isOrigin: true,
      },
      {
        icsOdsCode: 'QHL',
        caseStudyId: 'cs-2',
        furthestStage: null,
        adoptionId: null,
        adoptionCount: 0,
        isOrigin: false,
      },
      {
        icsOdsCode: 'QUA',
        caseStudyId: 'cs-2',
        furthestStage: null,
        adoptionId: null,
        adoptionCount: 0,
        isOrigin: false,
      },
    ],
    gapIcss: [],
  },
};

describe('SpreadMatrixView', () => {
  const html = renderToStaticMarkup(createElement(SpreadMatrixView, { data }));

  it('should link an adoption cell to the adoption, with its stage in words and an NHS tag colour', () => {
    expect(html).toMatch(
      /<a href="\/adoptions\/a-1" aria-label="Piloting: adoption in Birmingham and Solihull of Work4Health[^"]*"><strong class="nhsuk-tag nhsuk-tag--blue">Piloting<\/strong><\/a>/,
    );
  });

  it('should show Region-wide, never None, in every ICS for a region-wide case study', () => {
    const regionWide =
      html.match(/data-case-study="thrive-into-work" data-kind="[a-z-]+">[^]*?<\/td>/g) ?? [];
    expect(regionWide).toHaveLength(2);
    for (const td of regionWide) expect(td).toContain('Region-wide');
  });

  it('should scroll the table in a labelled region with a sticky first column and a key', () => {
    expect(html).toContain(
      'class="mic-table-scroll mic-table-scroll--sticky" role="region" aria-labelledby="spread-caption"',
    );
    expect(html).toContain('id="spread-caption"');
    expect(html).toContain('data-testid="spread-legend"');
    // Short column headings with the full title for screen readers.
    expect(html).toContain(
      '<abbr title="Work4Health: sector-based work academy into NHS and care roles" aria-hidden="true">Work4Health</abbr>',
    );
    expect(html).not.toMatch(/style=/);
  });
});
