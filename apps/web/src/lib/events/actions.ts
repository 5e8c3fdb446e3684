'use server';

import {
  AddEventOrganiserDocument,
  AcceptOfferDocument,
  ApproveRegistrationDocument,
  DeclineRegistrationDocument,
  EmailDelegatesDocument,
  LinkEventCaseStudyDocument,
  UnlinkEventCaseStudyDocument,
  MoveRegistrationDocument,
  SubmitEventFeedbackDocument,
  UpdateEventFeedbackDocument,
  TagRegistrationDocument,
  ResetCalendarFeedDocument,
  CancelEventDocument,
  CompleteEventDocument,
  CancelRegistrationDocument,
  CreateEventDocument,
  PublishEventDocument,
  UpdateEventDocument,
  CheckInDocument,
  DeclineOfferDocument,
  RegisterForEventDocument,
  EventEditorOptionsDocument,
  toApiErrors,
} from '@mic/web-data-access';
import {
  delegatesApiFilter,
  delegatesSearchParamsSchema,
  editorErrorsFromApi,
  editorFormValues,
  eventIdSchema,
  feedbackErrorsFromApi,
  firstApiMessage,
  messagesOnly,
  parseTags,
  parseTicketCode,
  readEventForm,
  registrationErrorsFromApi,
  readExpectedVersion,
} from '@mic/web-feature-events';
import type {
  CheckInState,
  ConfirmState,
  DelegateListState,
  EditorErrors,
  EventCaseStudyPickerState,
  EventEditorState,
  FeedbackFormState,
  RegistrationFormState,
} from '@mic/web-feature-events';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

type QuestionTypes = Record<string, string>;

/** The co-organiser form's state: errors and what was typed, so nothing is lost. */
export interface OrganiserFormState {
  errors: ReadonlyArray<{ message: string }>;
  email?: string;
  submittedAt?: number;
}

async function clientOrSignIn(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

function firstMessage(error: unknown): string {
  return firstApiMessage(toApiErrors(error));
}

/** Registers for an event from the registration form; redirects to the registration. */
export async function registerForEventAction(
  eventId: string,
  questionTypes: QuestionTypes,
  _previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/register`);
  const values: Record<string, string | string[]> = {};
  const answers = Object.entries(questionTypes).map(([questionId, type]) => {
    const all = formData
      .getAll(`q-${questionId}`)
      .map(String)
      .filter((v) => v.trim() !== '');
    values[`q-${questionId}`] = type === 'MULTI_CHOICE' ? all : (all[0] ?? '');
    return type === 'MULTI_CHOICE'
      ? { questionId, values: all }
      : { questionId, value: all[0] ?? null };
  });
  // Consent is checked by the API together with every answer, so one submit flags every problem.
  const consent = formData.get('consent') === 'yes';
  if (consent) values['consent'] = 'yes';
  const { data, error } = await client.mutate({
    mutation: RegisterForEventDocument,
    variables: { input: { eventId, consent, answers } },
    errorPolicy: 'all',
  });
  if (!data?.registerForEvent || error) {
    const errors = registrationErrorsFromApi(
      toApiErrors(error ?? new Error('no registration')),
      questionTypes,
    );
    return { errors, values, submittedAt: Date.now() };
  }
  redirect(`/my/registrations/${data.registerForEvent.id}?done=registered`);
}

/**
 * Cancels the person's registration, from the "Are you sure?" page. Doing it
 * again (a second click, the back button) is harmless: the API returns the
 * registration as it is, already cancelled. Problems (the event has started)
 * come back to the page as form state.
 */
export async function cancelRegistrationAction(
  registrationId: string,
  _previous: ConfirmState,
  _formData: FormData,
): Promise<ConfirmState> {
  if (!eventIdSchema.safeParse(registrationId).success) redirect('/my/registrations');
  const client = await clientOrSignIn(`/my/registrations/${registrationId}/cancel`);
  const { error } = await client.mutate({
    mutation: CancelRegistrationDocument,
    variables: { id: registrationId },
    errorPolicy: 'all',
  });
  if (error) return { errors: messagesOnly(toApiErrors(error)), submittedAt: Date.now() };
  revalidatePath('/my/registrations');
  redirect(`/my/registrations/${registrationId}?done=cancelled`);
}

/** Accepts or declines an offered place (field `decision`); an expired offer is said on the page, not in the URL. */
export async function offerDecisionAction(
  registrationId: string,
  _previous: ConfirmState,
  formData: FormData,
): Promise<ConfirmState> {
  if (!eventIdSchema.safeParse(registrationId).success) redirect('/my/registrations');
  const client = await clientOrSignIn(`/my/registrations/${registrationId}`);
  const accept = formData.get('decision') !== 'decline';
  const { error } = accept
    ? await client.mutate({
        mutation: AcceptOfferDocument,
        variables: { registrationId },
        errorPolicy: 'all',
      })
    : await client.mutate({
        mutation: DeclineOfferDocument,
        variables: { registrationId },
        errorPolicy: 'all',
      });
  if (error) return { errors: messagesOnly(toApiErrors(error)), submittedAt: Date.now() };
  redirect(`/my/registrations/${registrationId}?done=${accept ? 'accepted' : 'declined'}`);
}

/**
 * Check-in desk: by scanned/typed ticket code or by the button next to a name.
 * Says who was checked in (or that they already were); the list refreshes so
 * their button gives way to "Checked in at …". Nothing goes in the URL.
 */
export async function checkInAction(
  eventId: string,
  _previous: CheckInState,
  formData: FormData,
): Promise<CheckInState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/check-in`;
  const client = await clientOrSignIn(path);
  const byTicket = formData.has('ticket');
  const raw = String(formData.get('registrationId') ?? formData.get('ticket') ?? '').slice(0, 200);
  const field = byTicket ? 'ticket' : undefined;
  const failed = (message: string): CheckInState => ({
    errors: [{ field, message }],
    ticket: byTicket ? raw : undefined,
    submittedAt: Date.now(),
  });
  if (byTicket && !raw.trim())
    return failed('Enter the ticket code, or scan the QR code on the ticket');
  const registrationId = parseTicketCode(raw);
  if (!registrationId)
    return failed('Enter a ticket code like mic-ticket: followed by the code on the ticket');
  const { data, error } = await client.mutate({
    mutation: CheckInDocument,
    variables: { registrationId, eventId },
    errorPolicy: 'all',
  });
  if (!data?.checkIn || error) {
    const apiError = toApiErrors(error)[0];
    if (apiError?.code === 'NOT_FOUND')
      return failed('No ticket has that code. Check it and try again');
    return failed(apiError?.message ?? 'Something went wrong. Try again.');
  }
  revalidatePath(path);
  return { errors: [], message: data.checkIn.message, submittedAt: Date.now() };
}

/** Quota keys' readable names for editor messages (`ICS:QUA` → "Black Country"); none if the API is unavailable. */
async function quotaLabels(
  client: ReturnType<typeof createActionClient>,
): Promise<Record<string, string>> {
  const { data } = await client
    .query({ query: EventEditorOptionsDocument, errorPolicy: 'all' })
    .catch(() => ({ data: undefined }));
  return Object.fromEntries([
    ...(data?.icss ?? []).map((i) => [`ICS:${i.odsCode}`, i.shortName]),
    ...(data?.organisationTypes ?? []).map((t) => [`ORGANISATION_TYPE:${t.key}`, t.label]),
  ]);
}

function editorApiErrors(error: unknown): EditorErrors {
  return editorErrorsFromApi(toApiErrors(error));
}

/** Creates a draft event from the editor; redirects to it. */
export async function createEventAction(
  _previous: EventEditorState,
  formData: FormData,
): Promise<EventEditorState> {
  const client = await clientOrSignIn('/events/new');
  const { values, errors } = readEventForm(formData, await quotaLabels(client));
  const submitted = editorFormValues(formData);
  if (!values) return { errors, values: submitted, submittedAt: Date.now() };
  const { data, error } = await client.mutate({
    mutation: CreateEventDocument,
    variables: { input: values },
    errorPolicy: 'all',
  });
  if (!data?.createEvent || error)
    return { errors: editorApiErrors(error), values: submitted, submittedAt: Date.now() };
  redirect(afterSave(data.createEvent.id, formData));
}

/** Where the editor goes after saving: the event, or the case study step ("… and choose case studies"). */
function afterSave(eventId: string, formData: FormData): string {
  return formData.get('then') === 'case-studies'
    ? `/events/${eventId}/case-studies`
    : `/events/${eventId}`;
}

/**
 * Saves the editor's changes to an event; redirects to it. The save carries
 * the version the editor was opened at, so if someone else changed the event
 * since, the API refuses it (CONFLICT) and the form comes back with what was
 * typed and a link to reload, instead of overwriting their change.
 */
export async function updateEventAction(
  eventId: string,
  _previous: EventEditorState,
  formData: FormData,
): Promise<EventEditorState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/edit`);
  const { values, errors } = readEventForm(formData, await quotaLabels(client));
  const submitted = editorFormValues(formData);
  if (!values) return { errors, values: submitted, submittedAt: Date.now() };
  const input = { id: eventId, ...values, expectedVersion: readExpectedVersion(formData) ?? null };
  const { data, error } = await client.mutate({
    mutation: UpdateEventDocument,
    variables: { input },
    errorPolicy: 'all',
  });
  if (!data?.updateEvent || error) {
    const apiErrors = toApiErrors(error);
    return {
      errors: editorApiErrors(error),
      values: submitted,
      conflict: apiErrors.some((e) => e.code === 'CONFLICT'),
      submittedAt: Date.now(),
    };
  }
  redirect(afterSave(eventId, formData));
}

/**
 * Adds or removes one case study shown at an event (the case study step; field
 * `intent` = add | remove) with linkEventCaseStudy / unlinkEventCaseStudy: one
 * change in one statement, so another organiser's add or remove at the same
 * moment is never dropped (the whole list is not read and written back). What
 * it did comes back as form state; the search stays in the URL.
 */
export async function changeEventCaseStudyAction(
  eventId: string,
  _previous: EventCaseStudyPickerState,
  formData: FormData,
): Promise<EventCaseStudyPickerState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/case-studies`;
  const client = await clientOrSignIn(path);
  const change = formData.get('intent') === 'remove' ? 'remove' : 'add';
  const failed = (message: string): EventCaseStudyPickerState => ({
    errors: [{ message }],
    submittedAt: Date.now(),
  });
  const caseStudyId = String(formData.get('caseStudyId') ?? '');
  if (!eventIdSchema.safeParse(caseStudyId).success)
    return failed('That case study was not found.');
  const input = { eventId, caseStudyId };
  const { error } =
    change === 'add'
      ? await client.mutate({
          mutation: LinkEventCaseStudyDocument,
          variables: { input },
          errorPolicy: 'all',
        })
      : await client.mutate({
          mutation: UnlinkEventCaseStudyDocument,
          variables: { input },
          errorPolicy: 'all',
        });
  if (error) return failed(firstMessage(error));
  revalidatePath(path);
  const title = String(formData.get('title') ?? '').slice(0, 200);
  return {
    errors: [],
    message:
      change === 'add'
        ? `Added${title ? ` “${title}”` : ''}: it is shown at this event.`
        : `Removed${title ? ` “${title}”` : ''}: it is no longer shown at this event.`,
    submittedAt: Date.now(),
  };
}

export async function publishEventAction(eventId: string): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}`);
  await client.mutate({
    mutation: PublishEventDocument,
    variables: { id: eventId },
    errorPolicy: 'all',
  });
  redirect(`/events/${eventId}`);
}

export async function completeEventAction(eventId: string): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}`);
  await client.mutate({
    mutation: CompleteEventDocument,
    variables: { id: eventId },
    errorPolicy: 'all',
  });
  redirect(`/events/${eventId}`);
}

/**
 * Cancels the event, from its "Are you sure?" page; everyone registered is
 * told. Again is harmless (the API returns the cancelled event as it is).
 */
export async function cancelEventAction(
  eventId: string,
  _previous: ConfirmState,
  _formData: FormData,
): Promise<ConfirmState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/cancel`);
  const { error } = await client.mutate({
    mutation: CancelEventDocument,
    variables: { id: eventId },
    errorPolicy: 'all',
  });
  if (error) return { errors: messagesOnly(toApiErrors(error)), submittedAt: Date.now() };
  revalidatePath(`/events/${eventId}`);
  redirect(`/events/${eventId}?done=cancelled`);
}

const organiserEmail = z
  .string()
  .trim()
  .min(1, 'Enter the email address of the person to add')
  .max(254, 'Email address must be 254 characters or fewer')
  .email('Enter an email address in the correct format, like name@example.org');

/**
 * Adds a co-organiser by email (the API checks the caller organises the
 * event and that the person has an account); errors come back on the page
 * with what was typed.
 */
export async function addEventOrganiserAction(
  eventId: string,
  _previous: OrganiserFormState,
  formData: FormData,
): Promise<OrganiserFormState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const typed = String(formData.get('email') ?? '');
  const parsed = organiserEmail.safeParse(typed);
  if (!parsed.success) {
    return { errors: [{ message: parsed.error.issues[0].message }], email: typed, submittedAt: Date.now() };
  }
  const client = await clientOrSignIn(`/events/${eventId}/organisers`);
  const { error } = await client.mutate({
    mutation: AddEventOrganiserDocument,
    variables: { input: { eventId, email: parsed.data } },
    errorPolicy: 'all',
  });
  if (error) return { errors: messagesOnly(toApiErrors(error)), email: typed, submittedAt: Date.now() };
  revalidatePath(`/events/${eventId}`);
  redirect(`/events/${eventId}/organisers?added=1`);
}

/** The delegate-list filters a form carried (hidden field `filters`), re-validated. */
function carriedFilters(formData: FormData) {
  const raw = new URLSearchParams(String(formData.get('filters') ?? '').slice(0, 500));
  return delegatesSearchParamsSchema.parse(Object.fromEntries(raw));
}

/** Tags: letters, numbers, spaces, hyphens and underscores, up to 40 characters each, 20 at most. */
const TAG_PATTERN = /^[\p{L}\p{N} _-]{1,40}$/u;

/**
 * Every form on the delegate list (field `intent`): approve or decline a
 * pending registration, save tags, move to another event, or email the
 * filtered delegates. Returns what it did, or errors against the field with
 * what was typed, so nothing is lost and no error text travels in the URL.
 * The list is refreshed after a change.
 */
export async function delegateListAction(
  eventId: string,
  _previous: DelegateListState,
  formData: FormData,
): Promise<DelegateListState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/delegates`;
  const client = await clientOrSignIn(path);
  const intent = String(formData.get('intent') ?? '');
  const failed = (
    message: string,
    field?: string,
    values: Record<string, string> = {},
  ): DelegateListState => ({
    errors: [{ field, message }],
    values,
    submittedAt: Date.now(),
  });
  const done = (message: string): DelegateListState => {
    revalidatePath(path);
    return { errors: [], values: {}, message, submittedAt: Date.now() };
  };

  if (intent === 'email') {
    const subject = String(formData.get('subject') ?? '')
      .trim()
      .slice(0, 300);
    const body = String(formData.get('body') ?? '')
      .trim()
      .slice(0, 20_000);
    const status =
      delegatesSearchParamsSchema.shape.status.parse(formData.get('status') ?? undefined) ??
      'CONFIRMED';
    const values = { subject, body, emailStatus: status };
    const errors = [
      ...(subject ? [] : [{ field: 'subject', message: 'Enter a subject' }]),
      ...(body ? [] : [{ field: 'body', message: 'Enter a message' }]),
    ];
    if (errors.length) return { errors, values, submittedAt: Date.now() };
    const idempotencyKey = String(formData.get('idempotencyKey') ?? '').slice(0, 100);
    const filter = { ...delegatesApiFilter(carriedFilters(formData)), status };
    const { data, error } = await client.mutate({
      mutation: EmailDelegatesDocument,
      variables: { input: { eventId, subject, body, idempotencyKey, filter } },
      errorPolicy: 'all',
    });
    if (error || data?.emailDelegates === undefined)
      return failed(firstMessage(error), 'subject', values);
    return done(`${data.emailDelegates} ${data.emailDelegates === 1 ? 'email' : 'emails'} queued.`);
  }

  const registrationId = parseTicketCode(String(formData.get('registrationId') ?? ''));
  if (!registrationId) return failed('That registration was not found.');

  if (intent === 'approve' || intent === 'decline') {
    const { error } =
      intent === 'approve'
        ? await client.mutate({
            mutation: ApproveRegistrationDocument,
            variables: { registrationId },
            errorPolicy: 'all',
          })
        : await client.mutate({
            mutation: DeclineRegistrationDocument,
            variables: { registrationId },
            errorPolicy: 'all',
          });
    if (error) return failed(firstMessage(error));
    return done(intent === 'approve' ? 'Registration approved.' : 'Registration declined.');
  }

  if (intent === 'tag') {
    const field = `tags-${registrationId}`;
    const typed = String(formData.get('tags') ?? '').slice(0, 900);
    const tags = parseTags(typed);
    if (tags.some((t) => !TAG_PATTERN.test(t))) {
      return failed(
        'Tags can only use letters, numbers, spaces, hyphens and underscores, up to 40 characters each',
        field,
        { [field]: typed },
      );
    }
    if (tags.length > 20) return failed('Enter 20 tags or fewer', field, { [field]: typed });
    const { error } = await client.mutate({
      mutation: TagRegistrationDocument,
      variables: { input: { registrationId, tags } },
      errorPolicy: 'all',
    });
    if (error) return failed(firstMessage(error), field, { [field]: typed });
    return done(tags.length ? `Tags saved: ${tags.join(', ')}.` : 'Tags removed.');
  }

  if (intent === 'move') {
    const field = `move-${registrationId}`;
    const toEventId = String(formData.get('toEventId') ?? '');
    if (!eventIdSchema.safeParse(toEventId).success)
      return failed('Select the event to move them to', field);
    const { data, error } = await client.mutate({
      mutation: MoveRegistrationDocument,
      variables: { input: { registrationId, toEventId } },
      errorPolicy: 'all',
    });
    if (error || !data?.moveRegistration)
      return failed(firstMessage(error), field, { [field]: toEventId });
    const moved = data.moveRegistration;
    return done(
      moved.status === 'CONFIRMED'
        ? 'Moved: they have a confirmed place at the other event.'
        : `Moved: the other event is full, so they are ${moved.waitlistPlace ? `number ${moved.waitlistPlace} ` : ''}on its waiting list.`,
    );
  }
  return failed('Something went wrong. Try again.');
}

/**
 * Post-event feedback, first time (submit) or a change to it (update). Errors
 * come back as form state with what was chosen and typed; once saved, back to
 * the form with a confirmation.
 */
async function saveEventFeedback(
  eventId: string,
  formData: FormData,
  mode: 'submit' | 'update',
): Promise<FeedbackFormState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/feedback`;
  const client = await clientOrSignIn(path);
  const rawRating = String(formData.get('rating') ?? '');
  const useful = String(formData.get('useful') ?? '').trim();
  const interestedCaseStudyIds = formData
    .getAll('interested')
    .map(String)
    .filter((id) => eventIdSchema.safeParse(id).success)
    .slice(0, 20);
  const values = {
    rating: rawRating,
    useful: useful.slice(0, 5000),
    interested: interestedCaseStudyIds,
  };
  const errors: FeedbackFormState['errors'] = [];
  const rating = Number(rawRating);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    errors.push({ field: 'rating', message: 'Select a rating' });
  if (useful.length > 4000)
    errors.push({ field: 'useful', message: 'What was useful must be 4,000 characters or fewer' });
  if (errors.length) return { errors, values, submittedAt: Date.now() };
  const input = { eventId, rating, useful: useful || null, interestedCaseStudyIds };
  const { error } =
    mode === 'submit'
      ? await client.mutate({
          mutation: SubmitEventFeedbackDocument,
          variables: { input },
          errorPolicy: 'all',
        })
      : await client.mutate({
          mutation: UpdateEventFeedbackDocument,
          variables: { input },
          errorPolicy: 'all',
        });
  if (error) {
    const apiErrors = toApiErrors(error);
    return {
      errors: feedbackErrorsFromApi(apiErrors),
      values,
      submittedAt: Date.now(),
    };
  }
  redirect(`${path}?saved=${mode === 'submit' ? 'submitted' : 'updated'}`);
}

export async function submitEventFeedbackAction(
  eventId: string,
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  return saveEventFeedback(eventId, formData, 'submit');
}

/** "Save changes" on feedback already given. */
export async function updateEventFeedbackAction(
  eventId: string,
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  return saveEventFeedback(eventId, formData, 'update');
}

export async function resetCalendarFeedAction(): Promise<void> {
  const client = await clientOrSignIn('/my/registrations');
  await client.mutate({ mutation: ResetCalendarFeedDocument, errorPolicy: 'all' });
  redirect('/my/registrations');
}
