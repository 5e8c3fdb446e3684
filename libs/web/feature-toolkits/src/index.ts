// Public API of @mic/web-feature-toolkits.
export { FollowForm } from './lib/components/FollowForm';
export type { FollowFormProps } from './lib/components/FollowForm';
export { ToolkitDetail } from './lib/components/ToolkitDetail';
export type { ToolkitDetailProps } from './lib/components/ToolkitDetail';
export { ToolkitList } from './lib/components/ToolkitList';
export type { ToolkitListProps } from './lib/components/ToolkitList';
export { formatBytes } from './lib/utils/format';
export { assessmentErrorsFromApi, startAssessmentError } from './lib/utils/assessment-errors';
export { AssessmentForm } from './lib/components/AssessmentForm';
export type { AssessmentFormProps, AssessmentFormState } from './lib/components/AssessmentForm';
export { CreateToolkitForm } from './lib/components/CreateToolkitForm';
export type { CreateToolkitFormProps } from './lib/components/CreateToolkitForm';
export { PublishVersionForm } from './lib/components/PublishVersionForm';
export type { PublishVersionFormProps } from './lib/components/PublishVersionForm';
export { UploadFileForm } from './lib/components/UploadFileForm';
export type { UploadFileFormProps } from './lib/components/UploadFileForm';
export {
  emptyToolkitFormState,
  formErrorsFromApiErrors,
  parsePendingFiles,
  pendingFileParam,
  readSections,
  SLUG_PATTERN,
  slugify,
} from './lib/utils/toolkit-form';
export type { PendingFile, ToolkitFormState } from './lib/utils/toolkit-form';
