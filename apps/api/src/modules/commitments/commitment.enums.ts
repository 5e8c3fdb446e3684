import { registerEnumType } from '@nestjs/graphql';

/** How often the owner reports progress. */
export enum ReviewCadence {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  SIX_MONTHLY = 'SIX_MONTHLY',
  ANNUAL = 'ANNUAL',
}

/** Red, amber, green (and complete) status of a progress update. */
export enum RagStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  COMPLETE = 'COMPLETE',
}

/** What a piece of evidence on an update points at. */
export enum EvidenceKind {
  CASE_STUDY = 'CASE_STUDY',
  MEASUREMENT = 'MEASUREMENT',
  EVENT = 'EVENT',
  FILE = 'FILE',
  LINK = 'LINK',
}

registerEnumType(ReviewCadence, {
  name: 'ReviewCadence',
  description: 'How often progress on a commitment is reported.',
});
registerEnumType(RagStatus, {
  name: 'RagStatus',
  description:
    'Status of a progress update: GREEN on track, AMBER at risk, RED off track, COMPLETE done.',
});
registerEnumType(EvidenceKind, {
  name: 'CommitmentEvidenceKind',
  description: 'What a piece of evidence on a progress update points at.',
});
