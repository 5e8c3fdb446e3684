import { Role } from '@mic/shared-util';

import { EventsService } from '../../../src/modules/events/events.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { EVENT_FEEDBACK, MY_FEEDBACK, SUBMIT_FEEDBACK, UPDATE_FEEDBACK } from './events.operations';

const DAY_MS = 86_400_000;

describe('post-event feedback', () => {
  let t: TestApp;
  let organiser: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
  });

  afterAll(async () => {
    await t.close();
  });

  /** A completed event linked to one case study, with a registration per status given. */
  async function completedEvent(caseStudyIds: string[], status: 'COMPLETED' | 'PUBLISHED' = 'COMPLETED') {
    const startsAt = new Date(Date.now() - 3 * DAY_MS);
    const event = await createEvent(t.db, { organiserId: organiser.id, status, startsAt, title: 'Learning day' });
    await t.db.query('UPDATE event SET case_study_ids = $2 WHERE id = $1', [event.id, caseStudyIds]);
    return event;
  }

  async function registration(eventId: string, user: TestUser, status: string, checkedIn = false): Promise<void> {
    await t.db.query(
      `INSERT INTO event_registration (event_id, user_id, status, answers, consent_at, checked_in_at)
       VALUES ($1, $2, $3, '{}'::jsonb, now(), $4)`,
      [eventId, user.id, status, checkedIn ? new Date() : null],
    );
  }

  function submit(user: TestUser, input: Record<string, unknown>) {
    return gql<{ submitEventFeedback: { id: string; rating: number; useful: string; interestedIn: { id: string; title: string; slug: string }[]; delegateName: string | null } }>(
      t.url,
      { query: SUBMIT_FEEDBACK, variables: { input }, as: user.token },
    );
  }

  it('should store feedback from a checked-in delegate and notify the case study organisation of the adoption lead', async () => {
    const originator = await createUser(t.db);
    const colleague = await createUser(t.db, { organisationId: originator.organisationId });
    const cs = await createCaseStudy(t.db, { organisationId: originator.organisationId, title: 'Warm homes prescriptions' });
    const other = await createCaseStudy(t.db, { organisationId: originator.organisationId, title: 'Unlinked study' });
    const event = await completedEvent([cs.id]);
    const delegate = await createUser(t.db, { name: 'Farah Feedback' });
    await registration(event.id, delegate, 'CONFIRMED', true);

    // Only case studies linked to the event can be named.
    expect(errorCode(await submit(delegate, { eventId: event.id, rating: 5, interestedCaseStudyIds: [other.id] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await submit(delegate, { eventId: event.id, rating: 6 }))).toBe('BAD_USER_INPUT');

    const res = await submit(delegate, { eventId: event.id, rating: 4, useful: '  The panel on housing.  ', interestedCaseStudyIds: [cs.id, cs.id] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitEventFeedback).toMatchObject({
      rating: 4,
      useful: 'The panel on housing.',
      interestedIn: [{ id: cs.id, title: 'Warm homes prescriptions', slug: cs.slug }],
      delegateName: null,
    });

    const notes: { user_id: string; kind: string; title: string; link: string; subject_id: string; actor_id: string }[] = await t.db.query(
      `SELECT user_id, kind, title, link, subject_id, actor_id FROM notification WHERE kind = 'ADOPTION_LEAD' AND subject_id = $1 ORDER BY user_id`,
      [cs.id],
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([originator.id, colleague.id].sort());
    expect(notes[0].title).toMatch(/^Farah Feedback \(.+\) is interested in adopting Warm homes prescriptions$/);
    expect(notes[0]).toMatchObject({ link: `/case-studies/${cs.slug}`, actor_id: delegate.id });

    // The form's choices: published case studies linked to the event (public).
    const linked = await gql<{ eventLinkedCaseStudies: { id: string }[] }>(t.url, {
      query: 'query($id: ID!) { eventLinkedCaseStudies(eventId: $id) { id title slug } }',
      variables: { id: event.id },
    });
    expect(linked.data!.eventLinkedCaseStudies.map((c) => c.id)).toEqual([cs.id]);

    // Once per registration.
    expect(errorCode(await submit(delegate, { eventId: event.id, rating: 1 }))).toBe('CONFLICT');

    // The organiser sees it with the attendance report.
    const summary = await gql<{ eventFeedback: { responseCount: number; averageRating: number; ratingCounts: number[]; responses: { delegateName: string; useful: string; interestedIn: { title: string }[] }[] } }>(
      t.url,
      { query: EVENT_FEEDBACK, variables: { eventId: event.id }, as: organiser.token },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data!.eventFeedback).toMatchObject({ responseCount: 1, averageRating: 4, ratingCounts: [0, 0, 0, 1, 0] });
    expect(summary.data!.eventFeedback.responses[0]).toMatchObject({
      delegateName: 'Farah Feedback',
      useful: 'The panel on housing.',
      interestedIn: [{ title: 'Warm homes prescriptions' }],
    });
    expect(errorCode(await gql(t.url, { query: EVENT_FEEDBACK, variables: { eventId: event.id }, as: delegate.token }))).toBe('FORBIDDEN');
  });

  it('should let the author change their feedback, notify only newly named case studies, and show the change to organisers', async () => {
    const originator = await createUser(t.db);
    const first = await createCaseStudy(t.db, { organisationId: originator.organisationId, title: 'Community connectors' });
    const second = await createCaseStudy(t.db, { organisationId: originator.organisationId, title: 'Anchor hiring' });
    const unlinked = await createCaseStudy(t.db, { organisationId: originator.organisationId, title: 'Not shown here' });
    const event = await completedEvent([first.id, second.id]);
    const delegate = await createUser(t.db, { name: 'Edith Editor' });
    const otherDelegate = await createUser(t.db);
    await registration(event.id, delegate, 'CONFIRMED');
    await registration(event.id, otherDelegate, 'CONFIRMED');
    const update = (as: TestUser, input: Record<string, unknown>) =>
      gql<{ updateEventFeedback: { id: string; rating: number; useful: string; interestedIn: { id: string; title: string }[]; createdAt: string; updatedAt: string | null } }>(
        t.url,
        { query: UPDATE_FEEDBACK, variables: { input }, as: as.token },
      );
    const leads = async (): Promise<string[]> =>
      (
        await t.db.query(`SELECT subject_id FROM notification WHERE kind = 'ADOPTION_LEAD' AND actor_id = $1 AND user_id = $2 ORDER BY created_at`, [
          delegate.id,
          originator.id,
        ])
      ).map((r: { subject_id: string }) => r.subject_id);

    // Nothing to change before feedback is given.
    const early = await update(delegate, { eventId: event.id, rating: 2 });
    expect(errorCode(early)).toBe('NOT_FOUND');
    expect(early.errors![0].message).toBe('You have not given feedback on this event yet.');

    const given = await submit(delegate, { eventId: event.id, rating: 2, useful: 'Lunch.', interestedCaseStudyIds: [first.id] });
    expect(given.errors).toBeUndefined();
    expect((await gql<{ myEventFeedback: { updatedAt: string | null } }>(t.url, { query: MY_FEEDBACK, variables: { eventId: event.id }, as: delegate.token })).data!.myEventFeedback.updatedAt).toBeNull();
    expect(await leads()).toEqual([first.id]);

    // Validation as on first submission.
    expect(errorCode(await update(delegate, { eventId: event.id, rating: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await update(delegate, { eventId: event.id, rating: 3, interestedCaseStudyIds: [unlinked.id] }))).toBe('BAD_USER_INPUT');

    const changed = await update(delegate, { eventId: event.id, rating: 5, useful: ' The anchor hiring session. ', interestedCaseStudyIds: [first.id, second.id] });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateEventFeedback).toMatchObject({
      id: given.data!.submitEventFeedback.id, // the same response, changed in place
      rating: 5,
      useful: 'The anchor hiring session.',
      interestedIn: expect.arrayContaining([{ id: first.id, title: 'Community connectors' }, { id: second.id, title: 'Anchor hiring' }]),
    });
    expect(changed.data!.updateEventFeedback.updatedAt).not.toBeNull();
    expect(Date.parse(changed.data!.updateEventFeedback.updatedAt!)).toBeGreaterThanOrEqual(Date.parse(changed.data!.updateEventFeedback.createdAt));
    // Only the newly named case study is a new lead; the first is not notified twice.
    expect(await leads()).toEqual([first.id, second.id]);

    // An interest in a case study unlinked from the event since may be kept; a new one may not.
    await t.db.query('UPDATE event SET case_study_ids = $2 WHERE id = $1', [event.id, [second.id]]);
    const kept = await update(delegate, { eventId: event.id, rating: 5, interestedCaseStudyIds: [first.id] });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateEventFeedback.interestedIn.map((c) => c.id)).toEqual([first.id]);
    expect(await leads()).toEqual([first.id, second.id]);

    // Another delegate cannot change it (they have none of their own), and the edit is what organisers see.
    expect(errorCode(await update(otherDelegate, { eventId: event.id, rating: 1 }))).toBe('NOT_FOUND');
    const summary = await gql<{ eventFeedback: { responseCount: number; averageRating: number; ratingCounts: number[]; responses: { useful: string; rating: number; interestedIn: { title: string }[] }[] } }>(
      t.url,
      { query: EVENT_FEEDBACK, variables: { eventId: event.id }, as: organiser.token },
    );
    expect(summary.data!.eventFeedback).toMatchObject({ responseCount: 1, averageRating: 5, ratingCounts: [0, 0, 0, 0, 1] });
    expect(summary.data!.eventFeedback.responses[0]).toMatchObject({ rating: 5, useful: '', interestedIn: [{ title: 'Community connectors' }] });
    const stored: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM event_feedback WHERE event_id = $1', [event.id]);
    expect(stored[0].n).toBe(1);
  });

  it('should complete events: by an organiser once started, and automatically once ended', async () => {
    const COMPLETE = 'mutation($id: ID!) { completeEvent(id: $id) { id status } }';
    const started = await completedEvent([], 'PUBLISHED');
    const future = await createEvent(t.db, { organiserId: organiser.id });
    const member = await createUser(t.db);
    expect(errorCode(await gql(t.url, { query: COMPLETE, variables: { id: started.id }, as: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, { query: COMPLETE, variables: { id: future.id }, as: organiser.token }))).toBe('CONFLICT');
    const done = await gql<{ completeEvent: { status: string } }>(t.url, { query: COMPLETE, variables: { id: started.id }, as: organiser.token });
    expect(done.data!.completeEvent.status).toBe('COMPLETED');

    const ended = await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(Date.now() - 2 * DAY_MS), endsAt: new Date(Date.now() - DAY_MS) });
    const ids = await t.app.get(EventsService).completeEndedEvents(new Date());
    expect(ids).toContain(ended.id);
    expect(ids).not.toContain(future.id);
    const rows: { status: string }[] = await t.db.query('SELECT status FROM event WHERE id = $1', [future.id]);
    expect(rows[0].status).toBe('PUBLISHED');
  });

  it('should refuse feedback before the event is completed and from people without a confirmed place', async () => {
    const upcoming = await completedEvent([], 'PUBLISHED');
    const done = await completedEvent([]);
    const confirmed = await createUser(t.db);
    const waiting = await createUser(t.db);
    const stranger = await createUser(t.db);
    await registration(upcoming.id, confirmed, 'CONFIRMED');
    await registration(done.id, confirmed, 'CONFIRMED');
    await registration(done.id, waiting, 'WAITLISTED');

    expect(errorCode(await submit(confirmed, { eventId: upcoming.id, rating: 3 }))).toBe('CONFLICT');
    expect(errorCode(await submit(waiting, { eventId: done.id, rating: 3 }))).toBe('FORBIDDEN');
    expect(errorCode(await submit(stranger, { eventId: done.id, rating: 3 }))).toBe('FORBIDDEN');
    const ok = await submit(confirmed, { eventId: done.id, rating: 3 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitEventFeedback.interestedIn).toEqual([]);
    const notes: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE actor_id = $1`, [confirmed.id]);
    expect(notes[0].n).toBe(0);
  });
});
