// Public API of @mic/web-feature-case-studies.
export { CaseStudyDetail } from './lib/components/CaseStudyDetail';
export type { CaseStudyDetailData, CaseStudyDetailProps } from './lib/components/CaseStudyDetail';
export { CaseStudyLibrary } from './lib/components/CaseStudyLibrary';
export type { CaseStudyLibraryProps } from './lib/components/CaseStudyLibrary';
export { OutcomeChart } from './lib/components/OutcomeChart';
export type { OutcomeChartPoint, OutcomeChartProps } from './lib/components/OutcomeChart';
export { SpreadMatrixView } from './lib/components/SpreadMatrixView';
export type { SpreadMatrixViewProps } from './lib/components/SpreadMatrixView';
export {
  ADOPTION_STAGE_LABELS,
  CASE_STUDIES_PAGE_SIZE,
  EVIDENCE_LABELS,
  STAGE_LABELS,
  caseStudiesFilter,
  caseStudiesHref,
  caseStudiesSearchParamsSchema,
  formatDate,
  formatValue,
  slugSchema,
  spreadSearchParamsSchema,
} from './lib/utils/case-study-params';
export type { CaseStudiesSearchParams } from './lib/utils/case-study-params';
export { AdoptionDetail } from './lib/components/AdoptionDetail';
export type { AdoptionDetailProps } from './lib/components/AdoptionDetail';
export type { AdoptionFormActions } from './lib/components/AdoptionForms';
export { AdoptCaseStudyForm } from './lib/components/AdoptCaseStudyForm';
export type { AdoptCaseStudyFormProps } from './lib/components/AdoptCaseStudyForm';
export { AdoptCaseStudyBlocked } from './lib/components/AdoptCaseStudyBlocked';
export type { AdoptCaseStudyBlockedProps } from './lib/components/AdoptCaseStudyBlocked';
export {
  ADAPTATION_API_FIELDS,
  ADAPTATION_FIELDS,
  ADOPT_API_FIELDS,
  ADOPT_FIELDS,
  ADOPTION_STAGE_TEXT,
  ATTACH_API_FIELDS,
  FIGURE_API_FIELDS,
  FIGURE_FIELDS,
  READINESS_API_FIELDS,
  STAGE_API_FIELDS,
  STARTING_STAGES,
  adoptionErrorsFromApi,
  adoptionStageLabel,
  emptyAdoptionFormState,
  parseFigureValue,
  readAdaptationForm,
  readAdoptForm,
  readAttachForm,
  readFigureForm,
  readReadinessForm,
  readStageForm,
  readValues,
} from './lib/utils/adoption-forms';
export type {
  AdaptationField,
  AdoptField,
  AdoptInput,
  AdoptionFormError,
  AdoptionFormState,
  AttachField,
  FigureField,
  FigureInput,
  ReadinessField,
  StageField,
} from './lib/utils/adoption-forms';
export { coreComponentsFrom } from './lib/utils/core-components';
export { londonToday, parseDateParts } from './lib/utils/date-parts';
export { ReviewQueue } from './lib/components/ReviewQueue';
export type { ReviewQueueProps } from './lib/components/ReviewQueue';
export { CaseStudyStepForm } from './lib/components/CaseStudyStepForm';
export type { CaseStudyStepFormProps } from './lib/components/CaseStudyStepForm';
export { CaseStudyCheckAnswers } from './lib/components/CaseStudyCheckAnswers';
export type { CaseStudyCheckAnswersProps } from './lib/components/CaseStudyCheckAnswers';
export {
  CONFLICT_MESSAGE,
  EDITOR_STEP_TITLES,
  LAST_QUESTION_STEP,
  editorErrorsFromApi,
  editorHref,
  isQuestionStep,
  parseEditorPage,
  readStepValues,
  stepInput,
  validateStep,
  valuesFromCaseStudy,
} from './lib/utils/editor-steps';
export type {
  EditorError,
  EditorFormState,
  EditorPage,
  EditorStep,
  EditorValues,
} from './lib/utils/editor-steps';
export { AttachFileForm, CaseStudyAttachments } from './lib/components/CaseStudyAttachments';
export type {
  CaseStudyAttachment,
  CaseStudyAttachmentsProps,
} from './lib/components/CaseStudyAttachments';
export { AttachedAssessments } from './lib/components/AttachedAssessments';
export type {
  AssessmentOption,
  AttachedAssessment,
  AttachedAssessmentsProps,
} from './lib/components/AttachedAssessments';
export type { AutosaveResult } from './lib/hooks/useStepAutosave';
export { MetricDictionary } from './lib/components/MetricDictionary';
export type { MetricDictionaryProps } from './lib/components/MetricDictionary';
export { MetricForm } from './lib/components/MetricForm';
export type { MetricFormProps } from './lib/components/MetricForm';
export {
  METRIC_DIRECTION_LABELS,
  METRIC_KEY_PATTERN,
  emptyMetricFormState,
  metricErrorsFromApi,
  metricKeyFrom,
  readMetricForm,
} from './lib/utils/metric-form';
export type {
  MetricField,
  MetricFormError,
  MetricFormState,
  MetricInputValues,
} from './lib/utils/metric-form';
export { CaseStudyStatusTag } from './lib/components/CaseStudyStatusTag';
export type { CaseStudyStatusTagProps } from './lib/components/CaseStudyStatusTag';
export { CaseStudyPreview, ReviewCriteriaList } from './lib/components/CaseStudyPreview';
export type { CaseStudyForReview } from './lib/components/CaseStudyPreview';
export { ReviewDecisionForm } from './lib/components/ReviewDecisionForm';
export type { ReviewDecisionFormProps } from './lib/components/ReviewDecisionForm';
export { ArchiveCaseStudyForm } from './lib/components/ArchiveCaseStudyForm';
export type { ArchiveCaseStudyFormProps } from './lib/components/ArchiveCaseStudyForm';
export { MyCaseStudies } from './lib/components/MyCaseStudies';
export type { MyCaseStudiesProps } from './lib/components/MyCaseStudies';
export { ArchivedPanel, SubmittedPanel } from './lib/components/LifecyclePanels';
export {
  CASE_STUDY_STATUS_LABELS,
  RETURNED_LABEL,
  caseStudyStatusTag,
} from './lib/utils/case-study-status';
export type { CaseStudyStatusValue, StatusTagView } from './lib/utils/case-study-status';
export { GENERIC_ERROR, isTechnicalMessage, plainMessage } from './lib/utils/plain-errors';
export {
  CRITERION_STATE_LABELS,
  REVIEW_CRITERIA,
  REVIEW_CRITERION_STATEMENTS,
  reviewCriteria,
} from './lib/utils/review-criteria';
export type { ReviewCriterion, ReviewCriterionKey } from './lib/utils/review-criteria';
export {
  REVIEW_MESSAGES,
  alreadyDecidedMessage,
  emptyReviewFormState,
  readReviewForm,
  reviewErrorsFromApi,
  validateReview,
} from './lib/utils/review-form';
export type { ReviewFormInput, ReviewFormState } from './lib/utils/review-form';
export {
  LIFECYCLE_MESSAGES,
  emptyLifecycleFormState,
  failedState,
  lifecycleErrorsFromApi,
} from './lib/utils/lifecycle-forms';
export type { LifecycleFormState } from './lib/utils/lifecycle-forms';
export { defaultIcsCode, placesForIcs, validatePlace } from './lib/utils/editor-steps';
export type { EditorIcsOption } from './lib/utils/editor-steps';
export { OutcomeFiguresView } from './lib/components/OutcomeFiguresView';
export type { OutcomeFiguresViewProps } from './lib/components/OutcomeFiguresView';
export { OutcomeFigureForm, RemoveOutcomeFigureForm } from './lib/components/OutcomeFigureForms';
export type { OutcomeFigureFormProps } from './lib/components/OutcomeFigureForms';
export { OutcomeFigureList } from './lib/components/OutcomeFigureList';
export type { OutcomeFigureListProps } from './lib/components/OutcomeFigureList';
export {
  QUALIFIER_OPTIONS,
  emptyOutcomeFigureState,
  figureDate,
  figurePeriodText,
  figureValueText,
  outcomeFigureValues,
  parseNumber,
  parseOutcomeFigureForm,
  parseRemoveReason,
  readOutcomeFigureValues,
} from './lib/utils/outcome-figures';
export type { OutcomeFigureFormState, OutcomeFigureInput } from './lib/utils/outcome-figures';
export { OutcomeImportResult } from './lib/components/OutcomeImportResult';
export type { OutcomeImportData, OutcomeImportResultProps } from './lib/components/OutcomeImportResult';
export {
  OutcomeImportAutoRefresh,
  OutcomeImportDecision,
} from './lib/components/OutcomeImportDecision';
export type {
  OutcomeImportActionState,
  OutcomeImportDecisionProps,
} from './lib/components/OutcomeImportDecision';
