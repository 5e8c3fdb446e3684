import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum ToolkitsErrorCode {
  ToolkitNotFound = 'TOOLKIT_NOT_FOUND',
  AssessmentNotFound = 'ASSESSMENT_NOT_FOUND',
  SlugTaken = 'SLUG_TAKEN',
  NotAllowedToCreate = 'NOT_ALLOWED_TO_CREATE',
  NotAllowedToPublish = 'NOT_ALLOWED_TO_PUBLISH',
  DuplicateSectionKey = 'DUPLICATE_SECTION_KEY',
  NoForm = 'NO_FORM',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  FileNotYours = 'FILE_NOT_YOURS',
  AssessmentNotSubmitted = 'ASSESSMENT_NOT_SUBMITTED',
}

const CATEGORY: Record<ToolkitsErrorCode, ErrorSpec> = {
  [ToolkitsErrorCode.AssessmentNotSubmitted]: [
    ErrorCategory.BadUserInput,
    'Submit the assessment before you attach it.',
    'assessmentId',
  ],
  [ToolkitsErrorCode.ToolkitNotFound]: [
    ErrorCategory.NotFound,
    'That toolkit was not found.',
    'toolkitId',
  ],
  [ToolkitsErrorCode.AssessmentNotFound]: [
    ErrorCategory.NotFound,
    'That assessment was not found.',
    'assessmentId',
  ],
  [ToolkitsErrorCode.SlugTaken]: [
    ErrorCategory.Conflict,
    'Another toolkit already uses that slug.',
  ],
  [ToolkitsErrorCode.NotAllowedToCreate]: [
    ErrorCategory.Forbidden,
    'Only verified members of the owning organisation can publish its toolkits.',
  ],
  [ToolkitsErrorCode.NotAllowedToPublish]: [
    ErrorCategory.Forbidden,
    'Only the owners of this toolkit can publish a new version.',
  ],
  [ToolkitsErrorCode.DuplicateSectionKey]: [
    ErrorCategory.BadUserInput,
    'Each section needs its own key.',
    'sections',
  ],
  [ToolkitsErrorCode.NoForm]: [
    ErrorCategory.BadUserInput,
    'This toolkit has no fillable form.',
    'toolkitId',
  ],
  [ToolkitsErrorCode.AlreadySubmitted]: [
    ErrorCategory.Conflict,
    'This assessment has already been submitted.',
  ],
  [ToolkitsErrorCode.FileNotYours]: [
    ErrorCategory.BadUserInput,
    'Attach only files you uploaded that are not attached elsewhere.',
    'fileIds',
  ],
};

export class ToolkitsException extends domainExceptionFrom(CATEGORY) {}
