import { registerEnumType } from '@nestjs/graphql';

export enum SectionChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
}

export enum QuestionType {
  SCALE = 'SCALE',
  CHOICE = 'CHOICE',
  TEXT = 'TEXT',
}

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(SectionChangeKind, {
  name: 'SectionChangeKind',
  description: 'How a section differs from the previous version.',
});
registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: 'SCALE (1 to 5), CHOICE (one option) or TEXT.',
});
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'DRAFT (save and resume) or SUBMITTED.',
});
