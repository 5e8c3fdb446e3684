// Public API of @mic/web-feature-events.
export { AttendanceReport } from './lib/components/AttendanceReport';
export type { AttendanceReportProps } from './lib/components/AttendanceReport';
export { AddToCalendar } from './lib/components/AddToCalendar';
export type { AddToCalendarProps } from './lib/components/AddToCalendar';
export { CheckInDesk } from './lib/components/CheckInDesk';
export type { CheckInDeskProps, CheckInState } from './lib/components/CheckInDesk';
export { ConfirmPage } from './lib/components/ConfirmPage';
export type { ConfirmPageProps, ConfirmState } from './lib/components/ConfirmPage';
export { EventSummary } from './lib/components/EventSummary';
export type { EventSummaryProps } from './lib/components/EventSummary';
export { OfferActions } from './lib/components/OfferActions';
export type { OfferActionsProps } from './lib/components/OfferActions';
export { DelegateDetail } from './lib/components/DelegateDetail';
export type { DelegateDetailData, DelegateDetailProps } from './lib/components/DelegateDetail';
export { DelegateList } from './lib/components/DelegateList';
export type {
  DelegateItem,
  DelegateListProps,
  DelegateListState,
} from './lib/components/DelegateList';
export { FeedbackForm } from './lib/components/FeedbackForm';
export type { FeedbackFormProps, FeedbackFormState } from './lib/components/FeedbackForm';
export { FeedbackSummary } from './lib/components/FeedbackSummary';
export type { FeedbackSummaryProps } from './lib/components/FeedbackSummary';
export { EventDetail } from './lib/components/EventDetail';
export type { EventDetailData, EventDetailProps } from './lib/components/EventDetail';
export { EventList } from './lib/components/EventList';
export type { EventListProps } from './lib/components/EventList';
export { RegistrationStatusTag } from './lib/components/EventStatusTag';
export type { RegistrationStatusTagProps } from './lib/components/EventStatusTag';
export { MyRegistrationList } from './lib/components/MyRegistrationList';
export type { MyRegistrationListProps } from './lib/components/MyRegistrationList';
export { RegistrationForm } from './lib/components/RegistrationForm';
export { questionFieldId } from './lib/utils/question-field-id';
export {
  editorErrorsFromApi,
  feedbackErrorsFromApi,
  firstApiMessage,
  messagesOnly,
  registrationErrorsFromApi,
} from './lib/utils/event-api-errors';
export type {
  RegistrationFormProps,
  RegistrationFormState,
  RegistrationQuestion,
} from './lib/components/RegistrationForm';
export { RegistrationHistory } from './lib/components/RegistrationHistory';
export type { RegistrationHistoryProps } from './lib/components/RegistrationHistory';
export { RegistrationTicket } from './lib/components/RegistrationTicket';
export type {
  RegistrationTicketData,
  RegistrationTicketProps,
} from './lib/components/RegistrationTicket';
export {
  REGISTRATION_STATUS_LABELS,
  delegatesApiFilter,
  delegatesFilterQuery,
  delegatesSearchParamsSchema,
  eventIdSchema,
  eventWhere,
  eventsSearchParamsSchema,
  formatEventWhen,
  formatLondonClock,
  formatLondonDateTime,
  outlookCalendarUrl,
  parseTags,
  parseTicketCode,
  placesLeftText,
  registrationWindowState,
} from './lib/utils/event-format';
export type {
  DelegatesSearchParams,
  EventsSearchParams,
  RegistrationStatusValue,
  RegistrationWindowState,
} from './lib/utils/event-format';
export { CONFLICT_DESCRIPTION, EventEditor } from './lib/components/EventEditor';
export type { EventEditorProps, EventEditorState } from './lib/components/EventEditor';
export {
  EDITOR_DATE_FIELDS,
  QUESTION_ROWS,
  editorDefaults,
  editorErrorTarget,
  editorFormValues,
  londonLocalToUtc,
  readEventForm,
  readExpectedVersion,
  utcToLondonLocal,
} from './lib/utils/event-editor';
export type {
  EditorDateField,
  EditorDefaults,
  EditorErrors,
  EditorEvent,
  EditorFormValues,
  EditorValues,
} from './lib/utils/event-editor';
export {
  parseClockTime,
  readDateTimeInput,
  utcToDateInputValue,
} from './lib/utils/date-time-input';
export type { DateTimeLabels, DateTimePart, DateTimeReading } from './lib/utils/date-time-input';
export { registrationHistoryRows } from './lib/utils/registration-history';
export type {
  RegistrationChangeData,
  RegistrationChangeRow,
} from './lib/utils/registration-history';
export { EventCaseStudyPicker } from './lib/components/EventCaseStudyPicker';
export type {
  EventCaseStudyPickerProps,
  EventCaseStudyPickerState,
} from './lib/components/EventCaseStudyPicker';
export {
  CASE_STUDY_RESULTS,
  eventCaseStudiesSearchParamsSchema,
  linkedCaseStudies,
} from './lib/utils/event-case-studies';
export type { EventCaseStudiesSearchParams, LinkedCaseStudy } from './lib/utils/event-case-studies';
