import { WatchedItems } from '../../../src/common/watching/watched-items';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { APPROVE } from '../case-studies/case-studies.operations';
import { PUBLISH_EVENT } from '../events/events.operations';
import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';

import { createAuthorAndReviewer, watchingHelpers } from './watching.helpers';

const WEB = 'https://commons.test.example';

/**
 * WATCHING an ICS, a theme or an organisation: a newly published case study
 * or event there is emailed at once over real SMTP, once per watcher and
 * item, never to its author or publisher, and not to those who turned these
 * emails off.
 */
describe('watching emails', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let jobs: JobsService;
  let author: TestUser;
  let reviewer: TestUser;
  let watcher: TestUser;
  let normal: TestUser;
  let optedOut: TestUser;
  let unrelated: TestUser;

  const { follow, optOutOfWatchingEmails, mailTo, settle } = watchingHelpers(() => ({
    t,
    smtp,
    jobs,
  }));

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, WEB_PUBLIC_URL: WEB });
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    ({ author, reviewer } = await createAuthorAndReviewer(t.db));
    watcher = await createUser(t.db, { name: 'Wren Watcher' });
    normal = await createUser(t.db, { name: 'Nat Normal' });
    optedOut = await createUser(t.db, { name: 'Otto Optout' });
    unrelated = await createUser(t.db, { name: 'Una Unrelated' });

    // Two of the case study's subjects: still one email.
    await follow(watcher, 'ICS', 'QUA');
    await follow(watcher, 'THEME', 'EMPLOYMENT');
    await follow(normal, 'ORGANISATION', author.organisationId!, 'NORMAL');
    await follow(optedOut, 'THEME', 'EMPLOYMENT');
    await follow(unrelated, 'THEME', 'ESTATES');
    // Authors and publishers watching the same places never hear about their own item.
    await follow(author, 'ICS', 'QUA');
    await follow(reviewer, 'THEME', 'EMPLOYMENT');
    await optOutOfWatchingEmails(optedOut);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should email a watcher once when a case study is published in what they watch', async () => {
    const cs = await createCaseStudy(t.db, {
      organisationId: author.organisationId,
      title: 'Kickstart jobs for young carers',
      icsOdsCode: 'QUA',
      themes: ['EMPLOYMENT'],
      status: 'SUBMITTED',
    });
    await t.db.query(`UPDATE case_study SET author_id = $2 WHERE id = $1`, [cs.id, author.id]);
    const approved = await gql(t.url, {
      query: APPROVE,
      as: reviewer.token,
      variables: { input: { id: cs.id, comments: 'Well evidenced.' } },
    });
    expect(approved.errors).toBeUndefined();
    await settle();

    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(watcher.email));
    expect(mail.subject).toBe('New case study published: Kickstart jobs for young carers');
    expect(mail.text).toContain(`${WEB}/case-studies/${cs.slug}`);
    expect(mail.text).toMatch(/notifications\/unsubscribe\?token=[\w-]+&kind=WATCHING/);
    expect(mailTo(watcher)).toHaveLength(1);
    for (const nobody of [normal, optedOut, unrelated, author, reviewer]) {
      expect(mailTo(nobody)).toHaveLength(0);
    }
    // Opting out of the email keeps the in-app notification.
    const inApp: { kind: string }[] = await t.db.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND subject_id = $2`,
      [optedOut.id, cs.id],
    );
    expect(inApp.map((n) => n.kind)).toEqual(['WATCHING']);

    // A repeated signal for the same item alerts nobody again.
    await t.app.get(WatchedItems).published('CASE_STUDY', [cs.id], reviewer.id);
    await settle();
    expect(mailTo(watcher)).toHaveLength(1);
  });

  it('should email a watcher when an event is published there, never its organiser', async () => {
    smtp.clear();
    const event = await createEvent(t.db, {
      organiserId: author.id,
      title: 'Anchor employment network',
      status: 'DRAFT',
      themes: ['EMPLOYMENT'],
      icsOdsCodes: ['QUA'],
    });
    const published = await gql(t.url, {
      query: PUBLISH_EVENT,
      as: author.token,
      variables: { id: event.id },
    });
    expect(published.errors).toBeUndefined();
    await settle();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(watcher.email));
    expect(mail.subject).toBe('New event: Anchor employment network');
    expect(mail.text).toContain(`${WEB}/events/${event.id}`);
    expect(mailTo(watcher)).toHaveLength(1);
    expect(mailTo(author)).toHaveLength(0);
    // The reviewer watches the theme and did not publish this one.
    expect(mailTo(reviewer)).toHaveLength(1);
  });

  it('should alert nobody about a draft', async () => {
    smtp.clear();
    const draft = await createEvent(t.db, {
      organiserId: author.id,
      status: 'DRAFT',
      themes: ['EMPLOYMENT'],
    });
    await t.app.get(WatchedItems).published('EVENT', [draft.id], author.id);
    await settle();
    expect(smtp.messages).toHaveLength(0);
  });
});
