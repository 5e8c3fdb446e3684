import { describe, expect, it } from '@jest/globals';

import { caseStudyStatusTag } from './case-study-status';

describe('caseStudyStatusTag', () => {
  it('should label every status in words, never the enum value', () => {
    expect(caseStudyStatusTag({ status: 'DRAFT' }).label).toBe('Draft');
    expect(caseStudyStatusTag({ status: 'SUBMITTED' }).label).toBe('Submitted for review');
    expect(caseStudyStatusTag({ status: 'PUBLISHED' }).label).toBe('Published');
    expect(caseStudyStatusTag({ status: 'ARCHIVED' }).label).toBe('Archived');
  });

  it('should call a draft with reviewer comments "Returned to author"', () => {
    expect(caseStudyStatusTag({ status: 'DRAFT', reviewComments: 'Add sources.' })).toEqual({
      label: 'Returned to author',
      colour: 'orange',
    });
    expect(caseStudyStatusTag({ status: 'DRAFT', reviewComments: '  ' }).label).toBe('Draft');
    // Resubmitted: the comments stay, but it is waiting for review again.
    expect(caseStudyStatusTag({ status: 'SUBMITTED', reviewComments: 'Add sources.' }).label).toBe(
      'Submitted for review',
    );
  });

  it('should not show an unknown value', () => {
    expect(caseStudyStatusTag({ status: 'WITHDRAWN' }).label).toBe('Status not known');
  });
});
