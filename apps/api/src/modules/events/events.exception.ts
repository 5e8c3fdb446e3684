import { DomainException } from '../../common/errors/domain.exception';
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

export const EVENTS_ERROR_CATEGORY: Record<EventsErrorCode, ErrorCategory> = {
  [EventsErrorCode.EventNotFound]: ErrorCategory.NotFound,
  [EventsErrorCode.RegistrationNotFound]: ErrorCategory.NotFound,
  [EventsErrorCode.NotEventOrganiser]: ErrorCategory.Forbidden,
  [EventsErrorCode.NotYourRegistration]: ErrorCategory.Forbidden,
  [EventsErrorCode.EventNotOpen]: ErrorCategory.Conflict,
  [EventsErrorCode.RegistrationClosed]: ErrorCategory.Conflict,
  [EventsErrorCode.ConsentRequired]: ErrorCategory.BadUserInput,
  [EventsErrorCode.InvalidAnswers]: ErrorCategory.BadUserInput,
  [EventsErrorCode.InvalidEvent]: ErrorCategory.BadUserInput,
  [EventsErrorCode.OfferNotOpen]: ErrorCategory.Conflict,
  [EventsErrorCode.OfferExpired]: ErrorCategory.Conflict,
  [EventsErrorCode.InvalidTransition]: ErrorCategory.Conflict,
  [EventsErrorCode.EventStarted]: ErrorCategory.Conflict,
  [EventsErrorCode.UserNotFound]: ErrorCategory.NotFound,
  [EventsErrorCode.AlreadyRegistered]: ErrorCategory.Conflict,
  [EventsErrorCode.FeedbackNotOpen]: ErrorCategory.Conflict,
  [EventsErrorCode.NotEventDelegate]: ErrorCategory.Forbidden,
  [EventsErrorCode.FeedbackAlreadyGiven]: ErrorCategory.Conflict,
  [EventsErrorCode.InvalidFeedback]: ErrorCategory.BadUserInput,
  [EventsErrorCode.AlreadyCheckedIn]: ErrorCategory.Conflict,
  [EventsErrorCode.FeedbackNotFound]: ErrorCategory.NotFound,
  [EventsErrorCode.EventChanged]: ErrorCategory.Conflict,
  [EventsErrorCode.CaseStudyNotFound]: ErrorCategory.NotFound,
  [EventsErrorCode.TicketForAnotherEvent]: ErrorCategory.Conflict,
};

const DEFAULT_MESSAGES: Record<EventsErrorCode, string> = {
  [EventsErrorCode.EventNotFound]: 'The event was not found.',
  [EventsErrorCode.RegistrationNotFound]: 'The registration was not found.',
  [EventsErrorCode.NotEventOrganiser]: 'Only the organisers of this event can do that.',
  [EventsErrorCode.NotYourRegistration]: 'This is not your registration.',
  [EventsErrorCode.EventNotOpen]: 'This event is not open for registration.',
  [EventsErrorCode.RegistrationClosed]: 'Registration for this event is not open at the moment.',
  [EventsErrorCode.ConsentRequired]: 'You need to agree to the privacy notice to register.',
  [EventsErrorCode.InvalidAnswers]: 'Some answers are missing or not valid.',
  [EventsErrorCode.InvalidEvent]: 'The event details are not valid.',
  [EventsErrorCode.OfferNotOpen]: 'There is no open offer of a place on this registration.',
  [EventsErrorCode.OfferExpired]: 'This offer of a place has expired.',
  [EventsErrorCode.InvalidTransition]: 'The registration cannot be changed that way.',
  [EventsErrorCode.EventStarted]: 'The event has already started.',
  [EventsErrorCode.UserNotFound]: 'No user has that email address.',
  [EventsErrorCode.AlreadyRegistered]: 'This person is already registered for that event.',
  [EventsErrorCode.FeedbackNotOpen]: 'Feedback opens once the event has finished.',
  [EventsErrorCode.NotEventDelegate]: 'Only delegates who had a place at the event can give feedback.',
  [EventsErrorCode.FeedbackAlreadyGiven]: 'You have already given feedback on this event.',
  [EventsErrorCode.InvalidFeedback]: 'The feedback is not valid.',
  [EventsErrorCode.AlreadyCheckedIn]: 'This delegate has already checked in; they cannot be moved.',
  [EventsErrorCode.FeedbackNotFound]: 'You have not given feedback on this event yet.',
  [EventsErrorCode.EventChanged]: 'Someone else changed this event since you opened it. Reload to see their changes, then make yours again.',
  [EventsErrorCode.CaseStudyNotFound]: 'The case study was not found, or is not published.',
  [EventsErrorCode.TicketForAnotherEvent]: 'This ticket is for another event.',
};

export class EventsException extends DomainException {
  constructor(
    code: EventsErrorCode,
    message?: string,
    field?: string,
    fieldErrors?: { field: string; message: string }[],
  ) {
    super(code, EVENTS_ERROR_CATEGORY[code], message ?? DEFAULT_MESSAGES[code], field, fieldErrors);
    this.name = 'EventsException';
  }
}
