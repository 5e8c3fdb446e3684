import { describe, expect, it } from '@jest/globals';

import { reviewCriteria } from './review-criteria';

const figure = (sourceTitle: string | null, sourceUrl: string | null = null) => ({
  measuredOn: '2025-06-30',
  sourceTitle,
  sourceUrl,
});

const base = {
  evidenceLevel: 'BEFORE_AFTER',
  outcomes: [
    {
      metric: { label: 'Residents into jobs' },
      measurements: [figure('OHID report'), figure(null, 'https://example.org/r')],
    },
  ],
  contact: { name: 'Asha Patel', role: 'Programme lead', email: 'asha@example.org' },
  attachments: [{}],
};

const byKey = (cs: Parameters<typeof reviewCriteria>[0]) =>
  Object.fromEntries(reviewCriteria(cs).map((c) => [c.key, c]));

describe('reviewCriteria', () => {
  it('should list the four published criteria in order', () => {
    expect(reviewCriteria(base).map((c) => c.title)).toEqual([
      'Evidence',
      'Dated and sourced figures',
      'Named contact',
      'Consent to share',
    ]);
  });

  it('should find dated, sourced figures and a named contact', () => {
    const c = byKey(base);
    expect(c['figures']).toMatchObject({
      state: 'MET',
      finding: 'All 2 figures have a date and a source.',
    });
    expect(c['contact']).toMatchObject({
      state: 'MET',
      finding: 'Asha Patel, Programme lead, asha@example.org',
    });
    expect(c['evidence']?.finding).toBe(
      'Evidence level: Before and after. 2 outcome figures in 1 measure. 1 attachment.',
    );
    expect(c['consent']?.state).toBe('CHECK');
  });

  it('should flag figures without a source, no figures and no contact', () => {
    const unsourced = byKey({
      ...base,
      outcomes: [
        { metric: { label: 'Jobs' }, measurements: [figure('Report'), figure(null), figure('  ')] },
      ],
    });
    expect(unsourced['figures']).toMatchObject({
      state: 'MISSING',
      finding: '2 of 3 figures have no source.',
    });
    const none = byKey({ ...base, outcomes: [], contact: null, attachments: [] });
    expect(none['figures']).toMatchObject({
      state: 'MISSING',
      finding: 'No outcome figures have been recorded.',
    });
    expect(none['contact']).toMatchObject({ state: 'MISSING', finding: 'No contact is named.' });
    expect(none['evidence']?.finding).toBe(
      'Evidence level: Before and after. No outcome figures. No attachments.',
    );
  });
});
