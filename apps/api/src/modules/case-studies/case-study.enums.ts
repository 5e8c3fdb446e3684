/** Lifecycle of a case study. */
export enum CaseStudyStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** How strong the evidence behind the outcomes is, weakest first. */
export enum EvidenceLevel {
  ANECDOTAL = 'ANECDOTAL',
  BEFORE_AFTER = 'BEFORE_AFTER',
  COMPARATIVE = 'COMPARATIVE',
  EVALUATED = 'EVALUATED',
}

/** How mature the practice is (the `stage` filter of the library). */
export enum PracticeStage {
  EMERGING = 'EMERGING',
  PILOT = 'PILOT',
  ESTABLISHED = 'ESTABLISHED',
  SCALED = 'SCALED',
}

export enum ReviewDecision {
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** Why a version entry of a published case study was recorded. */
export enum CaseStudyVersionKind {
  /** Edits by one person (consecutive saves within the coalescing window share one entry). */
  EDIT = 'EDIT',
  /** Published after peer review: always an entry of its own, never extended by later edits. */
  REVIEW = 'REVIEW',
}
