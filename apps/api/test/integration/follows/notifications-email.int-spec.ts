import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { DIGEST_QUEUE } from '../../../src/modules/follows/follows.constants';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import {
  EDIT_COMMENT,
  FOLLOW,
  NOTIFICATIONS,
  POST_COMMENT,
  START_THREAD,
} from '../discussions/discussions.operations';
import { ageAccounts } from '../factories/discussion.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';

const WEB = 'https://commons.test.example';

describe('follows, immediate emails and the digest', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let jobs: JobsService;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, WEB_PUBLIC_URL: WEB });
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    alice = await createUser(t.db, { name: 'Alice Adams' });
    bob = await createUser(t.db, { name: 'Bob Brown' });
    carol = await createUser(t.db, { name: 'Carol Clark' });
    await ageAccounts(t.db, [alice.id, bob.id, carol.id]);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const startThread = async (as: string, title: string): Promise<string> => {
    const res = await gql<{ startThread: { id: string } }>(t.url, {
      query: START_THREAD,
      as,
      variables: { input: { subjectType: 'GENERAL', title, body: 'Opening post' } },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.startThread.id;
  };
  const post = async (as: string, threadId: string, body: string): Promise<string> => {
    const res = await gql<{ postComment: { id: string } }>(t.url, {
      query: POST_COMMENT,
      as,
      variables: { input: { threadId, body } },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.postComment.id;
  };

  it('should email a mention once, immediately, with a deep link and an unsubscribe link', async () => {
    const threadId = await startThread(alice.token, 'Mentions');
    const commentId = await post(
      bob.token,
      threadId,
      `Over to you @[Carol Clark](mention:${carol.id})`,
    );
    // Editing without adding a new mention does not notify again.
    await gql(t.url, {
      query: EDIT_COMMENT,
      as: bob.token,
      variables: {
        input: { commentId, body: `Over to you @[Carol Clark](mention:${carol.id}), thanks` },
      },
    });
    await jobs.drain(MAIL_QUEUE);
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(carol.email));
    expect(mail.subject).toBe('Bob Brown mentioned you in "Mentions"');
    expect(mail.text).toContain(`${WEB}/discussions/${threadId}#comment-${commentId}`);
    expect(mail.text).toMatch(/notifications\/unsubscribe\?token=[\w-]+&kind=MENTION/);
    const stored: { headers: Record<string, string> }[] = await t.db.query(
      'SELECT headers FROM mail_message WHERE to_address = $1',
      [carol.email],
    );
    expect(stored[0].headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(stored[0].headers['List-Unsubscribe']).toMatch(
      /^<http[^>]+\/notifications\/unsubscribe\?token=[\w-]+&kind=MENTION>$/,
    );
    await jobs.drain(MAIL_QUEUE);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => m.to.includes(carol.email))).toHaveLength(1);
  });

  it('should send one digest over SMTP with deep links to unseen activity, excluding seen and muted items', async () => {
    smtp.clear();
    // Start from a clean slate: everything so far counts as seen.
    await gql(t.url, {
      query: `mutation R { markNotificationsRead(input: { all: true }) }`,
      as: alice.token,
    });
    const followed = await startThread(alice.token, 'Followed thread');
    const toMute = await startThread(alice.token, 'Thread she will mute');
    const toSee = await startThread(alice.token, 'Thread she will read');
    const c1 = await post(bob.token, followed, 'New activity one');
    const c2 = await post(bob.token, followed, 'New activity two');
    await post(bob.token, toMute, 'Muted activity');
    await post(bob.token, toSee, 'Seen activity');

    const mine = await gql<{
      notifications: { edges: { node: { id: string; kind: string; link: string } }[] };
    }>(t.url, { query: NOTIFICATIONS, as: alice.token });
    const seen = mine
      .data!.notifications.edges.filter((e) => e.node.link.startsWith(`/discussions/${toSee}`))
      .map((e) => e.node.id);
    expect(seen).toHaveLength(1);
    await gql(t.url, {
      query: `mutation R($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
      as: alice.token,
      variables: { input: { ids: seen } },
    });
    const muted = await gql(t.url, {
      query: FOLLOW,
      as: alice.token,
      variables: { input: { targetType: 'THREAD', targetId: toMute, level: 'MUTED' } },
    });
    expect(muted.errors).toBeUndefined();

    await jobs.send(DIGEST_QUEUE, {});
    await jobs.drain(DIGEST_QUEUE);
    await jobs.drain(MAIL_QUEUE);
    const digests = await smtp.waitFor(
      1,
      (m) => m.to.includes(alice.email) && /digest/i.test(m.subject),
    );
    expect(digests).toHaveLength(1);
    const text = digests[0].text;
    expect(text).toContain(`${WEB}/discussions/${followed}#comment-${c1}`);
    expect(text).toContain(`${WEB}/discussions/${followed}#comment-${c2}`);
    expect(text).not.toContain(toMute);
    expect(text).not.toContain(toSee);
    expect(digests[0].subject).toMatch(/2 updates/);
    const unsubscribe = /(http\S+kind=DIGEST)/.exec(text)![1];

    // A second run sends nothing new (already emailed), and bob's own activity is not in his digest.
    await jobs.send(DIGEST_QUEUE, {});
    await jobs.drain(DIGEST_QUEUE);
    await jobs.drain(MAIL_QUEUE);
    await new Promise((r) => setTimeout(r, 300));
    expect(
      smtp.messages.filter((m) => m.to.includes(alice.email) && /digest/i.test(m.subject)),
    ).toHaveLength(1);

    // The one-click unsubscribe link works without signing in.
    const forged = await fetch(`${t.url}/notifications/unsubscribe?token=forged&kind=DIGEST`, {
      method: 'POST',
    });
    expect(forged.status).toBe(400);
    // GET (what a mail scanner prefetching the link does) only asks for confirmation.
    const link = unsubscribe.replace(/^http:\/\/localhost:4000/, t.url);
    const prefetch = await fetch(link);
    expect(prefetch.status).toBe(200);
    expect(prefetch.headers.get('content-type')).toMatch(/^text\/html/);
    const confirmation = await prefetch.text();
    expect(confirmation).toContain('<form method="post"');
    expect(confirmation).toContain('Unsubscribe from digest emails?');
    const untouched: { email_opt_outs: string[] }[] = await t.db.query(
      'SELECT email_opt_outs FROM notification_preference WHERE user_id = $1',
      [alice.id],
    );
    expect(untouched[0].email_opt_outs).toEqual([]);
    expect(
      (await fetch(`${t.url}/notifications/unsubscribe?token=forged-token&kind=NOPE`)).status,
    ).toBe(400);
    // RFC 8058 one-click: a POST with List-Unsubscribe=One-Click, as mail clients send it.
    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You have unsubscribed');
    const prefs: { digest_frequency: string; email_opt_outs: string[] }[] = await t.db.query(
      'SELECT digest_frequency, email_opt_outs FROM notification_preference WHERE user_id = $1',
      [alice.id],
    );
    expect(prefs[0]).toEqual({ digest_frequency: 'OFF', email_opt_outs: ['DIGEST'] });
  });

  it('should refuse to follow things that do not exist (NOT_FOUND) or ids that are malformed', async () => {
    for (const [input, code] of [
      [
        {
          targetType: 'THREAD',
          targetId: '00000000-0000-4000-8000-000000000000',
          level: 'WATCHING',
        },
        'NOT_FOUND',
      ],
      [{ targetType: 'THEME', targetId: 'NOT_A_THEME', level: 'WATCHING' }, 'NOT_FOUND'],
      [{ targetType: 'CASE_STUDY', targetId: 'anything', level: 'WATCHING' }, 'BAD_USER_INPUT'],
    ] as const) {
      const res = await gql(t.url, { query: FOLLOW, as: bob.token, variables: { input } });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    const ics = await gql(t.url, {
      query: FOLLOW,
      as: bob.token,
      variables: { input: { targetType: 'ICS', targetId: 'QUA', level: 'NORMAL' } },
    });
    expect(ics.errors).toBeUndefined();
  });

  it('should let people choose daily, weekly or no digest', async () => {
    const res = await gql<{
      updateNotificationSettings: { digestFrequency: string; emailOptOuts: string[] };
    }>(t.url, {
      query: `mutation U($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { digestFrequency emailOptOuts } }`,
      as: bob.token,
      variables: { input: { digestFrequency: 'DAILY', emailOptOuts: ['REPLY'] } },
    });
    expect(res.data!.updateNotificationSettings).toEqual({
      digestFrequency: 'DAILY',
      emailOptOuts: ['REPLY'],
    });
  });
});
