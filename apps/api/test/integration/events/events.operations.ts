export const REGISTRATION_FIELDS = 'id status waitlistPosition offerExpiresAt eventId';

export const REGISTER = `mutation Register($input: RegisterForEventInput!) {
  registerForEvent(input: $input) { ${REGISTRATION_FIELDS} }
}`;

export const CANCEL_REGISTRATION = `mutation Cancel($id: ID!) { cancelRegistration(id: $id) { ${REGISTRATION_FIELDS} } }`;
export const ACCEPT_OFFER = `mutation Accept($id: ID!) { acceptOffer(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const DECLINE_OFFER = `mutation Decline($id: ID!) { declineOffer(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const APPROVE = `mutation Approve($id: ID!) { approveRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const DECLINE = `mutation DeclineReg($id: ID!) { declineRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
export const CHECK_IN = `mutation CheckIn($id: ID!) { checkIn(registrationId: $id) { alreadyCheckedIn message registration { id checkedInAt } } }`;

export const EVENT = `query Event($id: ID!) {
  event(id: $id) { id title status capacity remainingPlaces waitlistLength onlineUrl canManage
    quotas { kind key places } myRegistration { ${REGISTRATION_FIELDS} } }
}`;

export const EVENTS = `query Events($filter: EventsFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title status startsAt remainingPlaces waitlistLength myRegistration { id status }
      organiserOrganisation { name } quotas { key places } } }
  }
}`;

export const CREATE_EVENT = `mutation Create($input: CreateEventInput!) { createEvent(input: $input) { id status capacity questions { id type sensitive } } }`;
export const UPDATE_EVENT = `mutation Update($input: UpdateEventInput!) { updateEvent(input: $input) { id capacity startsAt } }`;
export const PUBLISH_EVENT = `mutation Publish($id: ID!) { publishEvent(id: $id) { id status } }`;
export const CANCEL_EVENT = `mutation CancelEvent($id: ID!) { cancelEvent(id: $id) { id status } }`;

export const MY_REGISTRATIONS = `query { myRegistrations { id status ticketQrSvg event { id title } } }`;
export const DELEGATES = `query Delegates($eventId: ID!, $filter: EventDelegatesFilter) {
  eventDelegates(eventId: $eventId, filter: $filter) { totalCount edges { node { name email organisationName registration { id status icsOdsCode } answers { questionId values sensitive } } } }
}`;
export const ATTENDANCE = `query Attendance($eventId: ID!) { attendanceReport(eventId: $eventId) { icsOdsCode organisationTypeKey confirmed attended } }`;
export const MOVE_REGISTRATION = `mutation Move($input: MoveRegistrationInput!) { moveRegistration(input: $input) { ${REGISTRATION_FIELDS} } }`;
export const SUBMIT_FEEDBACK = `mutation Feedback($input: SubmitEventFeedbackInput!) {
  submitEventFeedback(input: $input) { id rating useful interestedIn { id title slug } delegateName }
}`;
export const EVENT_FEEDBACK = `query EventFeedback($eventId: ID!) {
  eventFeedback(eventId: $eventId) {
    responseCount averageRating ratingCounts
    responses { rating useful delegateName organisationName interestedIn { id title } }
  }
}`;

export const HISTORY_FIELDS = 'history { at fromStatus toStatus reason actor { id name } otherEvent { id title } }';
export const REGISTRATION_HISTORY = `query RegistrationHistory($id: ID!) { registration(id: $id) { id status ${HISTORY_FIELDS} } }`;
export const DELEGATES_WITH_HISTORY = `query DelegatesWithHistory($eventId: ID!, $first: Int) {
  eventDelegates(eventId: $eventId, first: $first) { totalCount edges { node { name registration { id status ${HISTORY_FIELDS} } } } }
}`;
export const EVENT_DELEGATE = `query EventDelegate($registrationId: ID!) {
  eventDelegate(registrationId: $registrationId) { name email organisationName registration { id status eventId ${HISTORY_FIELDS} } }
}`;
export const UPDATE_FEEDBACK = `mutation UpdateFeedback($input: UpdateEventFeedbackInput!) {
  updateEventFeedback(input: $input) { id rating useful interestedIn { id title } createdAt updatedAt }
}`;
export const MY_FEEDBACK = `query MyFeedback($eventId: ID!) { myEventFeedback(eventId: $eventId) { id rating useful interestedIn { id } updatedAt } }`;
