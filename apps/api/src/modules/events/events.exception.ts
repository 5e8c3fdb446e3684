import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum EventsErrorCode {
  EventNotFound = 'EVENT_NOT_FOUND',
  RegistrationNotFound = 'REGISTRATION_NOT_FOUND',
  NotEventOrganiser = 'NOT_EVENT_ORGANISER',
  NotYourRegistration = 'NOT_YOUR_REGISTRATION',
  EventNotOpen = 'EVENT_NOT_OPEN',
  RegistrationClosed = 'REGISTRATION_CLOSED',
  ConsentRequired = 'CONSENT_REQUIRED',
  InvalidAnswers = 'INVALID_ANSWERS',
  InvalidEvent = 'INVALID_EVENT',
  OfferNotOpen = 'OFFER_NOT_OPEN',
  OfferExpired = 'OFFER_EXPIRED',
  InvalidTransition = 'INVALID_TRANSITION',
  EventStarted = 'EVENT_STARTED',
  UserNotFound = 'USER_NOT_FOUND',
  AlreadyRegistered = 'ALREADY_REGISTERED',
  FeedbackNotOpen = 'FEEDBACK_NOT_OPEN',
  NotEventDelegate = 'NOT_EVENT_DELEGATE',
  FeedbackAlreadyGiven = 'FEEDBACK_ALREADY_GIVEN',
  InvalidFeedback = 'INVALID_FEEDBACK',
  AlreadyCheckedIn = 'ALREADY_CHECKED_IN',
  FeedbackNotFound = 'FEEDBACK_NOT_FOUND',
  EventChanged = 'EVENT_CHANGED',
  CaseStudyNotFound = 'CASE_STUDY_NOT_FOUND',
  TicketForAnotherEvent = 'TICKET_FOR_ANOTHER_EVENT',
}

const ERRORS: Record<EventsErrorCode, ErrorSpec> = {
  [EventsErrorCode.EventNotFound]: [ErrorCategory.NotFound, 'The event was not found.'],
  [EventsErrorCode.RegistrationNotFound]: [
    ErrorCategory.NotFound,
    'The registration was not found.',
  ],
  [EventsErrorCode.NotEventOrganiser]: [
    ErrorCategory.Forbidden,
    'Only the organisers of this event can do that.',
  ],
  [EventsErrorCode.NotYourRegistration]: [
    ErrorCategory.Forbidden,
    'This is not your registration.',
  ],
  [EventsErrorCode.EventNotOpen]: [
    ErrorCategory.Conflict,
    'This event is not open for registration.',
  ],
  [EventsErrorCode.RegistrationClosed]: [
    ErrorCategory.Conflict,
    'Registration for this event is not open at the moment.',
  ],
  [EventsErrorCode.ConsentRequired]: [
    ErrorCategory.BadUserInput,
    'You need to agree to the privacy notice to register.',
  ],
  [EventsErrorCode.InvalidAnswers]: [
    ErrorCategory.BadUserInput,
    'Some answers are missing or not valid.',
  ],
  [EventsErrorCode.InvalidEvent]: [ErrorCategory.BadUserInput, 'The event details are not valid.'],
  [EventsErrorCode.OfferNotOpen]: [
    ErrorCategory.Conflict,
    'There is no open offer of a place on this registration.',
  ],
  [EventsErrorCode.OfferExpired]: [ErrorCategory.Conflict, 'This offer of a place has expired.'],
  [EventsErrorCode.InvalidTransition]: [
    ErrorCategory.Conflict,
    'The registration cannot be changed that way.',
  ],
  [EventsErrorCode.EventStarted]: [ErrorCategory.Conflict, 'The event has already started.'],
  [EventsErrorCode.UserNotFound]: [ErrorCategory.NotFound, 'No user has that email address.'],
  [EventsErrorCode.AlreadyRegistered]: [
    ErrorCategory.Conflict,
    'This person is already registered for that event.',
  ],
  [EventsErrorCode.FeedbackNotOpen]: [
    ErrorCategory.Conflict,
    'Feedback opens once the event has finished.',
  ],
  [EventsErrorCode.NotEventDelegate]: [
    ErrorCategory.Forbidden,
    'Only delegates who had a place at the event can give feedback.',
  ],
  [EventsErrorCode.FeedbackAlreadyGiven]: [
    ErrorCategory.Conflict,
    'You have already given feedback on this event.',
  ],
  [EventsErrorCode.InvalidFeedback]: [ErrorCategory.BadUserInput, 'The feedback is not valid.'],
  [EventsErrorCode.AlreadyCheckedIn]: [
    ErrorCategory.Conflict,
    'This delegate has already checked in; they cannot be moved.',
  ],
  [EventsErrorCode.FeedbackNotFound]: [
    ErrorCategory.NotFound,
    'You have not given feedback on this event yet.',
  ],
  [EventsErrorCode.EventChanged]: [
    ErrorCategory.Conflict,
    'Someone else changed this event since you opened it. Reload to see their changes, then make yours again.',
  ],
  [EventsErrorCode.CaseStudyNotFound]: [
    ErrorCategory.NotFound,
    'The case study was not found, or is not published.',
  ],
  [EventsErrorCode.TicketForAnotherEvent]: [
    ErrorCategory.Conflict,
    'This ticket is for another event.',
  ],
};

export class EventsException extends domainExceptionFrom(ERRORS) {
  constructor(
    code: EventsErrorCode,
    message?: string,
    field?: string,
    fieldErrors?: { field: string; message: string }[],
  ) {
    super(code, message, field, fieldErrors);
    this.name = 'EventsException';
  }
}
