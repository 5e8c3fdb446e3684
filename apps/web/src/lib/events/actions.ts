'use server';

import {
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
  toApiErrors,
} from '@mic/web-data-access';
import {
  delegatesApiFilter,
  delegatesFilterQuery,
  delegatesSearchParamsSchema,
  editorFormValues,
  eventCaseStudiesSearchParamsSchema,
  eventIdSchema,
  parseTags,
  parseTicketCode,
  questionFieldId,
  readEventForm,
  readExpectedVersion,
} from '@mic/web-feature-events';
import type { EventEditorState, RegistrationFormState } from '@mic/web-feature-events';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

type QuestionTypes = Record<string, string>;

async function clientOrSignIn(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

function firstMessage(error: unknown): string {
  return toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.';
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
    const all = formData.getAll(`q-${questionId}`).map(String).filter((v) => v.trim() !== '');
    values[`q-${questionId}`] = type === 'MULTI_CHOICE' ? all : (all[0] ?? '');
    return type === 'MULTI_CHOICE' ? { questionId, values: all } : { questionId, value: all[0] ?? null };
  });
  // Consent is checked by the API together with every answer, so one submit flags every problem.
  const consent = formData.get('consent') === 'yes';
  const { data, error } = await client.mutate({
    mutation: RegisterForEventDocument,
    variables: { input: { eventId, consent, answers } },
    errorPolicy: 'all',
  });
  if (!data?.registerForEvent || error) {
    const errors = toApiErrors(error ?? new Error('no registration')).map((e) => {
      if (e.field === 'consent') return { field: 'consent', message: e.message };
      const type = e.field ? questionTypes[e.field] : undefined;
      return type && e.field ? { field: questionFieldId({ id: e.field, type }), message: e.message } : { message: e.message };
    });
    return { errors, values, submittedAt: Date.now() };
  }
  redirect(`/my/registrations/${data.registerForEvent.id}`);
}

async function registrationAction(
  registrationId: string,
  run: (client: ReturnType<typeof createActionClient>) => Promise<{ error?: unknown }>,
  done: string,
): Promise<void> {
  if (!eventIdSchema.safeParse(registrationId).success) redirect('/my/registrations');
  const path = `/my/registrations/${registrationId}`;
  const client = await clientOrSignIn(path);
  const { error } = await run(client);
  const message = error ? firstMessage(error) : done;
  redirect(`${path}?message=${encodeURIComponent(message)}`);
}

export async function cancelRegistrationAction(registrationId: string): Promise<void> {
  await registrationAction(
    registrationId,
    (client) => client.mutate({ mutation: CancelRegistrationDocument, variables: { id: registrationId }, errorPolicy: 'all' }),
    'Your registration has been cancelled.',
  );
}

export async function acceptOfferAction(registrationId: string): Promise<void> {
  await registrationAction(
    registrationId,
    (client) => client.mutate({ mutation: AcceptOfferDocument, variables: { registrationId }, errorPolicy: 'all' }),
    'Your place is confirmed.',
  );
}

export async function declineOfferAction(registrationId: string): Promise<void> {
  await registrationAction(
    registrationId,
    (client) => client.mutate({ mutation: DeclineOfferDocument, variables: { registrationId }, errorPolicy: 'all' }),
    'You have declined the place.',
  );
}

/** Check-in desk: by scanned/typed ticket code or by the button next to a name. */
export async function checkInAction(eventId: string, formData: FormData): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/check-in`;
  const client = await clientOrSignIn(path);
  const search = String(formData.get('q') ?? '').slice(0, 100);
  const raw = String(formData.get('registrationId') ?? formData.get('ticket') ?? '');
  const registrationId = parseTicketCode(raw);
  let message: string;
  if (!registrationId) {
    message = 'That is not a valid ticket code.';
  } else {
    const { data, error } = await client.mutate({ mutation: CheckInDocument, variables: { registrationId }, errorPolicy: 'all' });
    message = data?.checkIn && !error ? data.checkIn.message : firstMessage(error);
  }
  const params = new URLSearchParams({ message });
  if (search) params.set('q', search);
  redirect(`${path}?${params.toString()}`);
}

/** Creates a draft event from the editor; redirects to it. */
export async function createEventAction(_previous: EventEditorState, formData: FormData): Promise<EventEditorState> {
  const client = await clientOrSignIn('/events/new');
  const { values, errors } = readEventForm(formData);
  const submitted = editorFormValues(formData);
  if (!values) return { errors, values: submitted, submittedAt: Date.now() };
  const { data, error } = await client.mutate({ mutation: CreateEventDocument, variables: { input: values }, errorPolicy: 'all' });
  if (!data?.createEvent || error) return { errors: toApiErrors(error).map((e) => ({ message: e.message })), values: submitted, submittedAt: Date.now() };
  redirect(afterSave(data.createEvent.id, formData));
}

/** Where the editor goes after saving: the event, or the case study step ("… and choose case studies"). */
function afterSave(eventId: string, formData: FormData): string {
  return formData.get('then') === 'case-studies' ? `/events/${eventId}/case-studies` : `/events/${eventId}`;
}

/**
 * Saves the editor's changes to an event; redirects to it. The save carries
 * the version the editor was opened at, so if someone else changed the event
 * since, the API refuses it (CONFLICT) and the form comes back with what was
 * typed and a link to reload, instead of overwriting their change.
 */
export async function updateEventAction(eventId: string, _previous: EventEditorState, formData: FormData): Promise<EventEditorState> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/edit`);
  const { values, errors } = readEventForm(formData);
  const submitted = editorFormValues(formData);
  if (!values) return { errors, values: submitted, submittedAt: Date.now() };
  const input = { id: eventId, ...values, expectedVersion: readExpectedVersion(formData) ?? null };
  const { data, error } = await client.mutate({ mutation: UpdateEventDocument, variables: { input }, errorPolicy: 'all' });
  if (!data?.updateEvent || error) {
    const apiErrors = toApiErrors(error);
    return {
      errors: apiErrors.map((e) => ({ message: e.message })),
      values: submitted,
      conflict: apiErrors.some((e) => e.code === 'CONFLICT'),
      submittedAt: Date.now(),
    };
  }
  redirect(afterSave(eventId, formData));
}

/**
 * Adds or removes one case study shown at an event (the case study step) with
 * linkEventCaseStudy / unlinkEventCaseStudy: one change in one statement, so
 * another organiser's add or remove at the same moment is never dropped (the
 * whole list is not read and written back). Back to the step with the search kept.
 */
async function changeEventCaseStudy(eventId: string, formData: FormData, change: 'add' | 'remove'): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/case-studies`;
  const client = await clientOrSignIn(path);
  const { q } = eventCaseStudiesSearchParamsSchema.parse({ q: String(formData.get('q') ?? '') });
  const back = (outcome: { message: string } | { error: string }): never => {
    const query = new URLSearchParams(q ? { q } : {});
    if ('error' in outcome) query.set('error', outcome.error);
    else query.set('message', outcome.message);
    redirect(`${path}?${query.toString()}`);
  };
  const caseStudyId = String(formData.get('caseStudyId') ?? '');
  if (!eventIdSchema.safeParse(caseStudyId).success) back({ error: 'That case study was not found.' });
  const input = { eventId, caseStudyId };
  const { error } =
    change === 'add'
      ? await client.mutate({ mutation: LinkEventCaseStudyDocument, variables: { input }, errorPolicy: 'all' })
      : await client.mutate({ mutation: UnlinkEventCaseStudyDocument, variables: { input }, errorPolicy: 'all' });
  if (error) back({ error: firstMessage(error) });
  const title = String(formData.get('title') ?? '').slice(0, 200);
  back({
    message:
      change === 'add'
        ? `Added${title ? ` “${title}”` : ''}: it is shown at this event.`
        : `Removed${title ? ` “${title}”` : ''}: it is no longer shown at this event.`,
  });
}

export async function addEventCaseStudyAction(eventId: string, formData: FormData): Promise<void> {
  await changeEventCaseStudy(eventId, formData, 'add');
}

export async function removeEventCaseStudyAction(eventId: string, formData: FormData): Promise<void> {
  await changeEventCaseStudy(eventId, formData, 'remove');
}

export async function publishEventAction(eventId: string): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}`);
  await client.mutate({ mutation: PublishEventDocument, variables: { id: eventId }, errorPolicy: 'all' });
  redirect(`/events/${eventId}`);
}

export async function completeEventAction(eventId: string): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}`);
  await client.mutate({ mutation: CompleteEventDocument, variables: { id: eventId }, errorPolicy: 'all' });
  redirect(`/events/${eventId}`);
}

export async function cancelEventAction(eventId: string): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}`);
  await client.mutate({ mutation: CancelEventDocument, variables: { id: eventId }, errorPolicy: 'all' });
  redirect(`/events/${eventId}`);
}

async function organiserDecision(eventId: string, formData: FormData, approve: boolean): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/delegates`;
  const client = await clientOrSignIn(path);
  const registrationId = parseTicketCode(String(formData.get('registrationId') ?? ''));
  let message = 'That registration was not found.';
  if (registrationId) {
    const { error } = approve
      ? await client.mutate({ mutation: ApproveRegistrationDocument, variables: { registrationId }, errorPolicy: 'all' })
      : await client.mutate({ mutation: DeclineRegistrationDocument, variables: { registrationId }, errorPolicy: 'all' });
    message = error ? firstMessage(error) : approve ? 'Registration approved.' : 'Registration declined.';
  }
  redirect(`${path}?message=${encodeURIComponent(message)}`);
}

export async function approveRegistrationAction(eventId: string, formData: FormData): Promise<void> {
  await organiserDecision(eventId, formData, true);
}

export async function declineRegistrationAction(eventId: string, formData: FormData): Promise<void> {
  await organiserDecision(eventId, formData, false);
}

/** The delegate-list filters a row or bulk form carried (hidden field `filters`), re-validated. */
function carriedFilters(formData: FormData) {
  const raw = new URLSearchParams(String(formData.get('filters') ?? '').slice(0, 500));
  const { q, status, ics, orgType, tag } = delegatesSearchParamsSchema.parse(Object.fromEntries(raw));
  return { q, status, ics, orgType, tag };
}

/** Back to the delegate list with the same filters and a message, or an error for the error summary. */
function backToDelegates(eventId: string, formData: FormData, outcome: { message: string } | { error: string; field?: string }): never {
  const query = new URLSearchParams(delegatesFilterQuery(carriedFilters(formData)));
  if ('error' in outcome) {
    query.set('error', outcome.error);
    if (outcome.field) query.set('field', outcome.field);
  } else {
    query.set('message', outcome.message);
  }
  redirect(`/events/${eventId}/delegates?${query.toString()}`);
}

/**
 * Emails the delegates matching the list's filters (status from the form,
 * default confirmed); the form's key stops a double submit sending twice.
 */
export async function emailDelegatesAction(eventId: string, formData: FormData): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/delegates`);
  const subject = String(formData.get('subject') ?? '').trim();
  const body = String(formData.get('body') ?? '').trim();
  const status = delegatesSearchParamsSchema.shape.status.parse(formData.get('status') ?? undefined) ?? 'CONFIRMED';
  const idempotencyKey = String(formData.get('idempotencyKey') ?? '');
  if (!subject) backToDelegates(eventId, formData, { error: 'Enter a subject', field: 'subject' });
  if (!body) backToDelegates(eventId, formData, { error: 'Enter a message', field: 'body' });
  const filter = { ...delegatesApiFilter(carriedFilters(formData)), status };
  const { data, error } = await client.mutate({
    mutation: EmailDelegatesDocument,
    variables: { input: { eventId, subject, body, idempotencyKey, filter } },
    errorPolicy: 'all',
  });
  if (error || data?.emailDelegates === undefined) backToDelegates(eventId, formData, { error: firstMessage(error), field: 'subject' });
  backToDelegates(eventId, formData, { message: `${data.emailDelegates} ${data.emailDelegates === 1 ? 'email' : 'emails'} queued.` });
}

/** Replaces a delegate's tags (comma-separated in one box). */
export async function tagRegistrationAction(eventId: string, formData: FormData): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/delegates`);
  const registrationId = parseTicketCode(String(formData.get('registrationId') ?? ''));
  if (!registrationId) backToDelegates(eventId, formData, { error: 'That registration was not found.' });
  const field = `tags-${registrationId}`;
  const tags = parseTags(String(formData.get('tags') ?? '').slice(0, 900));
  if (tags.some((t) => !/^[\p{L}\p{N} _-]{1,40}$/u.test(t))) {
    backToDelegates(eventId, formData, { error: 'Tags can only use letters, numbers, spaces, hyphens and underscores, up to 40 characters each', field });
  }
  if (tags.length > 20) backToDelegates(eventId, formData, { error: 'Enter 20 tags or fewer', field });
  const { error } = await client.mutate({ mutation: TagRegistrationDocument, variables: { input: { registrationId, tags } }, errorPolicy: 'all' });
  if (error) backToDelegates(eventId, formData, { error: firstMessage(error), field });
  backToDelegates(eventId, formData, { message: tags.length ? `Tags saved: ${tags.join(', ')}.` : 'Tags removed.' });
}

/** Moves a delegate to another event the organiser also manages. */
export async function moveRegistrationAction(eventId: string, formData: FormData): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const client = await clientOrSignIn(`/events/${eventId}/delegates`);
  const registrationId = parseTicketCode(String(formData.get('registrationId') ?? ''));
  if (!registrationId) backToDelegates(eventId, formData, { error: 'That registration was not found.' });
  const field = `move-${registrationId}`;
  const toEventId = String(formData.get('toEventId') ?? '');
  if (!eventIdSchema.safeParse(toEventId).success) backToDelegates(eventId, formData, { error: 'Select the event to move them to', field });
  const { data, error } = await client.mutate({
    mutation: MoveRegistrationDocument,
    variables: { input: { registrationId, toEventId } },
    errorPolicy: 'all',
  });
  if (error || !data?.moveRegistration) backToDelegates(eventId, formData, { error: firstMessage(error), field });
  const moved = data.moveRegistration;
  backToDelegates(eventId, formData, {
    message:
      moved.status === 'CONFIRMED'
        ? 'Moved: they have a confirmed place at the other event.'
        : `Moved: the other event is full, so they are number ${moved.waitlistPosition} on its waiting list.`,
  });
}

/**
 * Post-event feedback, first time (submit) or a change to it (update); errors
 * go back to the form's error summary, success to the form with a message.
 */
async function saveEventFeedback(eventId: string, formData: FormData, mode: 'submit' | 'update'): Promise<void> {
  if (!eventIdSchema.safeParse(eventId).success) redirect('/events');
  const path = `/events/${eventId}/feedback`;
  const client = await clientOrSignIn(path);
  const back = (error: string, field?: string): never => {
    const query = new URLSearchParams({ error });
    if (field) query.set('field', field);
    redirect(`${path}?${query.toString()}`);
  };
  const rating = Number(formData.get('rating'));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) back('Select a rating', 'rating');
  const useful = String(formData.get('useful') ?? '').trim();
  if (useful.length > 4000) back('What was useful must be 4,000 characters or fewer', 'useful');
  const interestedCaseStudyIds = formData
    .getAll('interested')
    .map(String)
    .filter((id) => eventIdSchema.safeParse(id).success)
    .slice(0, 20);
  const input = { eventId, rating, useful: useful || null, interestedCaseStudyIds };
  const { error } =
    mode === 'submit'
      ? await client.mutate({ mutation: SubmitEventFeedbackDocument, variables: { input }, errorPolicy: 'all' })
      : await client.mutate({ mutation: UpdateEventFeedbackDocument, variables: { input }, errorPolicy: 'all' });
  if (error) {
    const first = toApiErrors(error)[0];
    back(first?.message ?? 'Something went wrong. Try again.', first?.field === 'interestedCaseStudyIds' ? 'interested' : undefined);
  }
  redirect(`${path}?saved=${mode === 'submit' ? 'submitted' : 'updated'}`);
}

export async function submitEventFeedbackAction(eventId: string, formData: FormData): Promise<void> {
  await saveEventFeedback(eventId, formData, 'submit');
}

/** "Save changes" on feedback already given. */
export async function updateEventFeedbackAction(eventId: string, formData: FormData): Promise<void> {
  await saveEventFeedback(eventId, formData, 'update');
}

export async function resetCalendarFeedAction(): Promise<void> {
  const client = await clientOrSignIn('/my/registrations');
  await client.mutate({ mutation: ResetCalendarFeedDocument, errorPolicy: 'all' });
  redirect('/my/registrations');
}
