// Public API of @mic/web-feature-commitments.
export { AddUpdateForm } from './lib/components/AddUpdateForm';
export type { AddUpdateFormProps } from './lib/components/AddUpdateForm';
export { CommitmentList } from './lib/components/CommitmentList';
export { CommitmentTimeline } from './lib/components/CommitmentTimeline';
export { CreateCommitmentForm } from './lib/components/CreateCommitmentForm';
export { EditCommitmentForm } from './lib/components/EditCommitmentForm';
export type { EditCommitmentFormProps } from './lib/components/EditCommitmentForm';
export { citableFigureOptions, currentFigures, describeFigure } from './lib/utils/figures';
export type { CitableFigure } from './lib/utils/figures';
export type { CreateCommitmentFormProps } from './lib/components/CreateCommitmentForm';
export { ProgressChart } from './lib/components/ProgressChart';
export { OverdueTag, RagTag } from './lib/components/RagTag';
export {
  COMMITMENTS_PAGE_SIZE,
  commitmentsFilter,
  commitmentsHref,
  commitmentsParamsSchema,
  parseCommitmentsParams,
} from './lib/utils/commitment-params';
export type { CommitmentsParams } from './lib/utils/commitment-params';
export {
  LINK_ROWS,
  isoFromParts,
  readCreateForm,
  readEditForm,
  readUpdateForm,
  validateCreateForm,
  validateEditForm,
  validateUpdateForm,
} from './lib/utils/forms';
export type {
  CreateFormState,
  CreateFormValues,
  EditFormState,
  EditFormValues,
  FieldError,
  UpdateFormState,
  UpdateFormValues,
} from './lib/utils/forms';
export { progressChart } from './lib/utils/progress';
export type { ProgressChartModel, ProgressPoint } from './lib/utils/progress';
export {
  CADENCE_LABELS,
  RAG_OPTIONS,
  formatDay,
  formatNumber,
  ragColour,
  ragLabel,
} from './lib/utils/rag';
