import { WatchedItems } from '../../../src/common/watching/watched-items';
import { WATCHING_SWEEP_QUEUE } from '../../../src/modules/follows/follows.constants';
import { WatchedItemAlerts } from '../../../src/modules/follows/watched-item-alerts';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';

import { createAuthorAndReviewer, watchingHelpers } from './watching.helpers';

/**
 * The backstop for a lost watching signal: the sweep (a pg-boss schedule)
 * alerts the watchers of items published between a day and a few minutes
 * ago whom nothing alerted, with the signal's rules (only those watching
 * when it was published, never its author or publisher, no email to those
 * who opted out), and never a second notification or email for one item.
 */
describe('watching alerts sweep', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let jobs: JobsService;
  let alerts: WatchedItemAlerts;
  let author: TestUser;
  let reviewer: TestUser;
  let watcher: TestUser;
  let late: TestUser;
  let optedOut: TestUser;

  const { follow, optOutOfWatchingEmails, mailTo, settle } = watchingHelpers(() => ({
    t,
    smtp,
    jobs,
  }));
  const notifications = async (u: TestUser, subjectId: string): Promise<string[]> =>
    (
      await t.db.query(`SELECT kind FROM notification WHERE user_id = $1 AND subject_id = $2`, [
        u.id,
        subjectId,
      ])
    ).map((n: { kind: string }) => n.kind);
  /** A case study approved by the reviewer `minutesAgo`, whose signal never ran. */
  const publishedWithoutSignal = async (title: string, minutesAgo: number) => {
    const cs = await createCaseStudy(t.db, {
      organisationId: author.organisationId!,
      title,
      icsOdsCode: 'QUA',
      themes: ['EMPLOYMENT'],
    });
    await t.db.query(
      `UPDATE case_study SET author_id = $2, reviewed_by_id = $3,
              published_at = now() - make_interval(mins => $4) WHERE id = $1`,
      [cs.id, author.id, reviewer.id, minutesAgo],
    );
    return cs;
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({
      SMTP_URL: smtp.smtpUrl,
      WEB_PUBLIC_URL: 'https://commons.test.example',
    });
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    alerts = t.app.get(WatchedItemAlerts);
    ({ author, reviewer } = await createAuthorAndReviewer(t.db));
    watcher = await createUser(t.db, { name: 'Wren Watcher' });
    late = await createUser(t.db, { name: 'Lee Late' });
    optedOut = await createUser(t.db, { name: 'Otto Optout' });
    await follow(watcher, 'ICS', 'QUA');
    await follow(watcher, 'THEME', 'EMPLOYMENT');
    await follow(optedOut, 'THEME', 'EMPLOYMENT');
    await follow(author, 'ICS', 'QUA');
    await follow(reviewer, 'THEME', 'EMPLOYMENT');
    await optOutOfWatchingEmails(optedOut);
    // These people have watched for an hour; `late` starts watching below, after the items.
    await t.db.query(
      `UPDATE follow SET created_at = now() - interval '1 hour', updated_at = now() - interval '1 hour'`,
    );
    // The seeded content was published long ago.
    await t.db.query(
      `UPDATE case_study SET published_at = now() - interval '2 days' WHERE published_at IS NOT NULL`,
    );
    await t.db.query(
      `UPDATE event SET created_at = now() - interval '2 days', updated_at = now() - interval '2 days'`,
    );
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should alert, from its schedule, the watchers of a case study whose signal was lost, once', async () => {
    const cs = await publishedWithoutSignal('Kickstart jobs for young carers', 10);
    await follow(late, 'ICS', 'QUA');

    await jobs.send(WATCHING_SWEEP_QUEUE, {});
    expect(await jobs.drain(WATCHING_SWEEP_QUEUE)).toBe(1);
    await settle();

    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(watcher.email));
    expect(mail.subject).toBe('New case study published: Kickstart jobs for young carers');
    expect(mail.text).toContain(`/case-studies/${cs.slug}`);
    expect(mailTo(watcher)).toHaveLength(1);
    // Its author and the reviewer who published it hear nothing; nor does
    // someone who started watching after it was published.
    for (const nobody of [author, reviewer, late, optedOut]) expect(mailTo(nobody)).toHaveLength(0);
    expect(await notifications(late, cs.id)).toEqual([]);
    expect(await notifications(reviewer, cs.id)).toEqual([]);
    // Opting out of the email keeps the in-app notification, as with the signal.
    expect(await notifications(optedOut, cs.id)).toEqual(['WATCHING']);

    // Sweeping again sends nothing more.
    expect(await alerts.sweep()).toBe(0);
    await settle();
    expect(mailTo(watcher)).toHaveLength(1);
    expect(await notifications(watcher, cs.id)).toEqual(['WATCHING']);
  });

  it('should leave an item published a minute ago to its signal, and never alert twice after it', async () => {
    smtp.clear();
    const cs = await publishedWithoutSignal('Anchor procurement pledge', 1);
    expect(await alerts.sweep()).toBe(0);
    await settle();
    expect(mailTo(watcher)).toHaveLength(0);

    // The signal runs (late), then the sweep comes round: one email each.
    await t.app.get(WatchedItems).published('CASE_STUDY', [cs.id], reviewer.id);
    expect(await alerts.sweep(new Date(Date.now() + 5 * 60_000))).toBe(0);
    await settle();
    await smtp.waitFor(1, (m) => m.to.includes(watcher.email));
    expect(mailTo(watcher)).toHaveLength(1);
    expect(await notifications(watcher, cs.id)).toEqual(['WATCHING']);
  });

  it('should alert the watchers of an event whose signal was lost, never its organiser', async () => {
    smtp.clear();
    const event = await createEvent(t.db, {
      organiserId: author.id,
      title: 'Anchor employment network',
      status: 'PUBLISHED',
      themes: ['EMPLOYMENT'],
      icsOdsCodes: ['QUA'],
    });
    await t.db.query(
      `UPDATE event SET created_at = now() - interval '20 minutes', updated_at = now() - interval '10 minutes' WHERE id = $1`,
      [event.id],
    );
    // Two of its subjects are watched: one alert.
    expect(await alerts.sweep()).toBe(3);
    await settle();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(watcher.email));
    expect(mail.subject).toBe('New event: Anchor employment network');
    expect(mailTo(watcher)).toHaveLength(1);
    expect(mailTo(reviewer)).toHaveLength(1);
    for (const nobody of [author, late, optedOut]) expect(mailTo(nobody)).toHaveLength(0);
  });

  it('should alert nobody about an item published more than a day ago', async () => {
    smtp.clear();
    const cs = await publishedWithoutSignal('Long-published practice', 25 * 60);
    expect(await alerts.sweep()).toBe(0);
    expect(await notifications(watcher, cs.id)).toEqual([]);
  });
});
