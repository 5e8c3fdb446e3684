import { EVIDENCE_LABELS } from './case-study-params';

/**
 * The published peer-review criteria and what the platform can see of each.
 * The reviewer confirms every criterion before approving; the findings help
 * them (figures without a source, no named contact) but do not decide.
 */

export const REVIEW_CRITERIA = ['evidence', 'figures', 'contact', 'consent'] as const;
export type ReviewCriterionKey = (typeof REVIEW_CRITERIA)[number];

/** What the reviewer confirms, one checkbox each. */
export const REVIEW_CRITERION_STATEMENTS: Record<ReviewCriterionKey, string> = {
  evidence: 'The evidence supports what the case study claims',
  figures: 'Outcome figures have a date and a source',
  contact: 'A named person can be contacted about it',
  consent:
    'The organisations involved agreed to share it, and no one can be identified without consent',
};

/** MET and MISSING are what the platform found; CHECK is for the reviewer to judge. */
export type CriterionState = 'MET' | 'MISSING' | 'CHECK';

export const CRITERION_STATE_LABELS: Record<CriterionState, string> = {
  MET: 'Found',
  MISSING: 'Missing',
  CHECK: 'Check',
};

export interface ReviewCriterion {
  key: ReviewCriterionKey;
  title: string;
  state: CriterionState;
  /** What the platform found, in a sentence. */
  finding: string;
}

export interface ReviewCriteriaInput {
  evidenceLevel: string;
  outcomes: ReadonlyArray<{
    metric: { label: string };
    measurements: ReadonlyArray<{
      measuredOn: string;
      sourceTitle: string | null;
      sourceUrl: string | null;
    }>;
  }>;
  contact: { name: string; role: string | null; email: string | null } | null;
  attachments: ReadonlyArray<unknown>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function reviewCriteria(cs: ReviewCriteriaInput): ReviewCriterion[] {
  const figures = cs.outcomes.flatMap((series) => series.measurements);
  const unsourced = figures.filter((m) => !m.sourceTitle?.trim() && !m.sourceUrl?.trim());
  const undated = figures.filter((m) => !m.measuredOn);
  const evidenceLabel =
    EVIDENCE_LABELS[cs.evidenceLevel as keyof typeof EVIDENCE_LABELS] ?? 'Not stated';
  const evidenceParts = [
    `Evidence level: ${evidenceLabel}.`,
    figures.length
      ? `${plural(figures.length, 'outcome figure', 'outcome figures')} in ${plural(cs.outcomes.length, 'measure', 'measures')}.`
      : 'No outcome figures.',
    cs.attachments.length
      ? `${plural(cs.attachments.length, 'attachment', 'attachments')}.`
      : 'No attachments.',
  ];

  let figuresFinding: string;
  let figuresState: CriterionState;
  if (!figures.length) {
    figuresState = 'MISSING';
    figuresFinding = 'No outcome figures have been recorded.';
  } else if (unsourced.length || undated.length) {
    figuresState = 'MISSING';
    figuresFinding = [
      unsourced.length
        ? `${unsourced.length} of ${figures.length} figures ${unsourced.length === 1 ? 'has' : 'have'} no source.`
        : '',
      undated.length
        ? `${undated.length} of ${figures.length} figures ${undated.length === 1 ? 'has' : 'have'} no date.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  } else {
    figuresState = 'MET';
    figuresFinding =
      figures.length === 1
        ? 'The one figure has a date and a source.'
        : `All ${figures.length} figures have a date and a source.`;
  }

  const contact = cs.contact?.name?.trim() ? cs.contact : null;
  return [
    {
      key: 'evidence',
      title: 'Evidence',
      state: 'CHECK',
      finding: evidenceParts.join(' '),
    },
    {
      key: 'figures',
      title: 'Dated and sourced figures',
      state: figuresState,
      finding: figuresFinding,
    },
    {
      key: 'contact',
      title: 'Named contact',
      state: contact ? 'MET' : 'MISSING',
      finding: contact
        ? [contact.name, contact.role, contact.email].filter(Boolean).join(', ')
        : 'No contact is named.',
    },
    {
      key: 'consent',
      title: 'Consent to share',
      state: 'CHECK',
      finding:
        'Check that the organisations named agreed to share this, and that no patient or member of staff can be identified without their consent.',
    },
  ];
}
