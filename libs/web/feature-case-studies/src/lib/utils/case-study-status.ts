/**
 * Case study lifecycle statuses as people read them. A draft that a reviewer
 * sent back (it carries the reviewer's comments) reads "Returned to author".
 * Never show the enum value itself.
 */

export const CASE_STUDY_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED'] as const;
export type CaseStudyStatusValue = (typeof CASE_STUDY_STATUSES)[number];

export const CASE_STUDY_STATUS_LABELS: Record<CaseStudyStatusValue, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted for review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const RETURNED_LABEL = 'Returned to author';

export type StatusTagColour = 'white' | 'blue' | 'orange' | 'green' | 'grey';

export interface StatusTagView {
  label: string;
  colour: StatusTagColour;
}

const COLOURS: Record<CaseStudyStatusValue, StatusTagColour> = {
  DRAFT: 'white',
  SUBMITTED: 'blue',
  PUBLISHED: 'green',
  ARCHIVED: 'grey',
};

const isStatus = (value: string): value is CaseStudyStatusValue =>
  (CASE_STUDY_STATUSES as readonly string[]).includes(value);

/** The tag for a case study's status: a label and an NHS tag colour (the label always says it). */
export function caseStudyStatusTag(cs: {
  status: string;
  reviewComments?: string | null;
}): StatusTagView {
  if (!isStatus(cs.status)) return { label: 'Status not known', colour: 'grey' };
  if (cs.status === 'DRAFT' && cs.reviewComments?.trim())
    return { label: RETURNED_LABEL, colour: 'orange' };
  return { label: CASE_STUDY_STATUS_LABELS[cs.status], colour: COLOURS[cs.status] };
}
