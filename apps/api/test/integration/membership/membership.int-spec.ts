import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import type { TestCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import { controlClock, HOUR } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import {
  APPROVE,
  ATTACH,
  CASE_STUDY,
  CONFIRM_EMAIL,
  CREATE_REQUESTED,
  DECLINE,
  ME,
  MEMBERSHIP_REQUESTS,
  ORGANISATION_REQUESTS,
  REJECT_REQUEST,
  REQUEST_MEMBERSHIP,
  REQUEST_ORGANISATION,
  RESEND,
  SIGN_UP,
  UPDATE_CASE_STUDY,
  VOUCH,
} from './membership.operations';
import { REGISTER } from '../events/events.operations';

const PASSWORD = 'lantern-orchard-walsall';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface Me {
  id: string;
  verified: boolean;
  verificationMethod: string | null;
  emailConfirmed: boolean | null;
  membership: { status: string; verificationMethod: string | null; organisation: { id: string } } | null;
}

/**
 * Issue #10: a stranger could sign up, name any organisation, and then read
 * and edit its drafts and download its private files. Membership is now
 * proven before it grants anything.
 */
describe('verified membership', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let dir: string;
  let org: { id: string; name: string };
  let colleague: TestUser;
  let draft: TestCaseStudy;
  let published: TestCaseStudy;
  let privateFileId: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    dir = mkdtempSync(path.join(tmpdir(), 'mic-membership-'));
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    org = await createOrganisation(t.db, {
      name: 'Walsall Council (test)',
      typeKey: 'LOCAL_AUTHORITY',
      icsOdsCodes: ['QUA'],
      emailDomains: ['walsall-test.gov.uk'],
    });
    colleague = await createUser(t.db, { organisationId: org.id, name: 'Verified Colleague' });
    draft = await createCaseStudy(t.db, { organisationId: org.id, status: 'DRAFT', icsOdsCode: 'QUA' });
    published = await createCaseStudy(t.db, { organisationId: org.id, status: 'PUBLISHED', icsOdsCode: 'QUA' });
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'draft-evaluation.pdf');
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${colleague.token}` },
    });
    privateFileId = ((await res.json()) as { id: string }).id;
    const attached = await gql(t.url, {
      query: ATTACH,
      as: colleague.token,
      variables: { input: { caseStudyId: draft.id, fileIds: [privateFileId] } },
    });
    expect(attached.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => smtp.clear());

  const signUp = async (email: string, organisationId: string | null = org.id): Promise<{ id: string; token: string }> => {
    const res = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(t.url, {
      query: SIGN_UP,
      variables: { input: { email, password: PASSWORD, name: 'Council Officer', organisationId } },
    });
    expect(res.errors).toBeUndefined();
    return { id: res.data!.signUp.user.id, token: res.data!.signUp.accessToken };
  };

  const me = async (token: string): Promise<Me> =>
    (await gql<{ me: Me }>(t.url, { query: ME, as: token })).data!.me;

  const versionOf = async (id: string): Promise<number> =>
    ((await t.db.query('SELECT version FROM case_study WHERE id = $1', [id])) as { version: number }[])[0].version;

  /** The three things an organisation's member may do that a stranger may not. */
  const rights = async (token: string) => {
    const view = await gql(t.url, { query: CASE_STUDY, as: token, variables: { slug: draft.slug } });
    const edit = await gql(t.url, {
      query: UPDATE_CASE_STUDY,
      as: token,
      variables: {
        input: { id: published.id, expectedVersion: await versionOf(published.id), summary: 'Edited by a member.' },
      },
    });
    const editDraft = await gql(t.url, {
      query: UPDATE_CASE_STUDY,
      as: token,
      variables: { input: { id: draft.id, expectedVersion: await versionOf(draft.id), summary: 'Draft edit.' } },
    });
    const file = await fetch(`${t.url}/files/${privateFileId}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      view: errorCode(view) ?? 'OK',
      edit: errorCode(edit) ?? 'OK',
      editDraft: errorCode(editDraft) ?? 'OK',
      file: file.status,
    };
  };

  /** Delivers queued mail over SMTP and returns the confirmation token sent to `to`. */
  const confirmationToken = async (to: string): Promise<string> => {
    await t.app.get(JobsService).drain(MAIL_QUEUE);
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(to) && m.subject === 'Confirm your email address');
    const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    return token as string;
  };

  it('should give a self-declared member no rights over the organisation: NOT_FOUND draft, FORBIDDEN edit, 404 file', async () => {
    const stranger = await signUp('stranger@not-the-council.example');
    expect(await me(stranger.token)).toMatchObject({
      verified: false,
      membership: { status: 'REQUESTED', organisation: { id: org.id } },
    });
    expect(await rights(stranger.token)).toEqual({ view: 'NOT_FOUND', edit: 'FORBIDDEN', editDraft: 'NOT_FOUND', file: 404 });
  });

  it('should grant those rights once a verified colleague vouches', async () => {
    const person = await signUp('officer.vouched@not-the-council.example');
    const queue = await gql<{ membershipRequests: { id: string; email: string; emailDomainMatches: boolean }[] }>(t.url, {
      query: MEMBERSHIP_REQUESTS,
      as: colleague.token,
    });
    expect(queue.data!.membershipRequests).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: person.id, emailDomainMatches: false })]),
    );
    const vouched = await gql<{ vouchForMember: Me }>(t.url, {
      query: VOUCH,
      as: colleague.token,
      variables: { input: { userId: person.id } },
    });
    expect(vouched.errors).toBeUndefined();
    expect(vouched.data!.vouchForMember).toMatchObject({ verified: true, verificationMethod: 'VOUCHED' });
    expect(await rights(person.token)).toEqual({ view: 'OK', edit: 'OK', editDraft: 'OK', file: 200 });
    // A second click says so instead of failing silently.
    const again = await gql(t.url, { query: VOUCH, as: colleague.token, variables: { input: { userId: person.id } } });
    expect(errorCode(again)).toBe('CONFLICT');
    // The vouch was audited.
    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [person.id],
    );
    expect(audit.map((a) => a.action)).toContain('member.vouched');
  });

  it('should grant them after the emailed link on the organisation’s domain is used, once', async () => {
    const person = await signUp('Officer.Mailbox@Walsall-Test.gov.uk');
    expect((await me(person.token)).verified).toBe(false);
    expect((await rights(person.token)).view).toBe('NOT_FOUND');
    const token = await confirmationToken('officer.mailbox@walsall-test.gov.uk');
    const confirmed = await gql<{ confirmEmail: Me }>(t.url, { query: CONFIRM_EMAIL, variables: { input: { token } } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmEmail).toMatchObject({ verified: true, verificationMethod: 'EMAIL_DOMAIN' });
    expect(await me(person.token)).toMatchObject({ emailConfirmed: true, membership: { status: 'VERIFIED' } });
    expect(await rights(person.token)).toEqual({ view: 'OK', edit: 'OK', editDraft: 'OK', file: 200 });
    // Single use: the second click gets a clear message, not a second verification.
    const second = await gql(t.url, { query: CONFIRM_EMAIL, variables: { input: { token } } });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].message).toMatch(/already been used/);
    // Only the hash is stored.
    const stored: { token_hash: string }[] = await t.db.query(
      'SELECT token_hash FROM email_confirmation WHERE user_id = $1',
      [person.id],
    );
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].token_hash).not.toContain(token);
  });

  it('should confirm an address off the domain without verifying the membership', async () => {
    const person = await signUp('officer@personal-mail.example');
    const token = await confirmationToken('officer@personal-mail.example');
    const confirmed = await gql<{ confirmEmail: Me }>(t.url, { query: CONFIRM_EMAIL, variables: { input: { token } } });
    expect(confirmed.data!.confirmEmail).toMatchObject({ verified: false, membership: { status: 'REQUESTED' } });
    expect((await me(person.token)).emailConfirmed).toBe(true);
    expect((await rights(person.token)).view).toBe('NOT_FOUND');
  });

  it('should refuse expired, malformed and unknown confirmation links with a clear message', async () => {
    const person = await signUp('officer.late@walsall-test.gov.uk');
    const token = await confirmationToken('officer.late@walsall-test.gov.uk');
    // 25 hours later (the link lasts 24 hours): the clock is advanced, nobody sleeps.
    const clock = controlClock(t);
    clock.advance(25 * HOUR);
    const late = await gql(t.url, { query: CONFIRM_EMAIL, variables: { input: { token } } });
    clock.restore();
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0].message).toMatch(/expired/);
    expect((await me(person.token)).verified).toBe(false);
    for (const bad of ['', 'short', 'x'.repeat(500), `${token.slice(0, -2)}zz`]) {
      const res = await gql(t.url, { query: CONFIRM_EMAIL, variables: { input: { token: bad } } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/SQL|relation|stack/i);
    }
    // A new link can be asked for, a few times an hour.
    for (let i = 0; i < 3; i += 1) {
      expect((await gql(t.url, { query: RESEND, as: person.token })).data).toEqual({ resendEmailConfirmation: true });
    }
    const limited = await gql(t.url, { query: RESEND, as: person.token });
    expect(errorCode(limited)).toBe('BAD_USER_INPUT');
  });

  it('should never verify through a public webmail domain, even one an organisation lists', async () => {
    const webmailOrg = await createOrganisation(t.db, { emailDomains: ['gmail.com'] });
    const person = await signUp('someone@gmail.com', webmailOrg.id);
    const token = await confirmationToken('someone@gmail.com');
    const confirmed = await gql<{ confirmEmail: Me }>(t.url, { query: CONFIRM_EMAIL, variables: { input: { token } } });
    expect(confirmed.data!.confirmEmail.verified).toBe(false);
    expect((await me(person.token)).membership?.status).toBe('REQUESTED');
  });

  it('should let only those in scope vouch or decline, and only regional admins approve', async () => {
    const person = await signUp('officer.scope@not-the-council.example');
    const otherOrgMember = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    const unverifiedColleague = await createUser(t.db, { organisationId: org.id, verified: false });
    const outOfScopeAdmin = await createUser(t.db, { icsOdsCodes: ['QT1'], roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QT1' }] });
    const inScopeAdmin = await createUser(t.db, { icsOdsCodes: ['QUA'], roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] });
    for (const actor of [otherOrgMember, unverifiedColleague, outOfScopeAdmin]) {
      const res = await gql(t.url, { query: VOUCH, as: actor.token, variables: { input: { userId: person.id } } });
      expect(errorCode(res)).toBe('FORBIDDEN');
      const list = await gql<{ membershipRequests: { id: string }[] }>(t.url, { query: MEMBERSHIP_REQUESTS, as: actor.token });
      expect(list.data!.membershipRequests.map((r) => r.id)).not.toContain(person.id);
    }
    // Nobody vouches for themselves.
    expect(errorCode(await gql(t.url, { query: VOUCH, as: person.token, variables: { input: { userId: person.id } } }))).toBe(
      'FORBIDDEN',
    );
    // Approval is for regional admins only.
    expect(errorCode(await gql(t.url, { query: APPROVE, as: inScopeAdmin.token, variables: { input: { userId: person.id } } }))).toBe(
      'FORBIDDEN',
    );
    // Malformed ids are bad input, not a server error.
    expect(errorCode(await gql(t.url, { query: VOUCH, as: colleague.token, variables: { input: { userId: 'not-a-uuid' } } }))).toBe(
      'BAD_USER_INPUT',
    );
    // The ICS admin in scope declines; the person is told by email and can ask again.
    const declined = await gql<{ declineMembership: { membership: { status: string } } }>(t.url, {
      query: DECLINE,
      as: inScopeAdmin.token,
      variables: { input: { userId: person.id } },
    });
    expect(declined.data!.declineMembership.membership.status).toBe('DECLINED');
    await t.app.get(JobsService).drain(MAIL_QUEUE);
    await smtp.waitFor(1, (m) => m.to.includes('officer.scope@') && /Your request to join/.test(m.subject));
    expect(errorCode(await gql(t.url, { query: VOUCH, as: colleague.token, variables: { input: { userId: person.id } } }))).toBe(
      'CONFLICT',
    );
    // A regional admin may still approve after a decline.
    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    const approved = await gql<{ approveMembership: Me }>(t.url, {
      query: APPROVE,
      as: admin.token,
      variables: { input: { userId: person.id } },
    });
    expect(approved.data!.approveMembership).toMatchObject({ verified: true, verificationMethod: 'APPROVED' });
  });

  it('should drop a verified membership when the person asks to join another organisation', async () => {
    const mover = await createUser(t.db, { organisationId: org.id });
    expect((await rights(mover.token)).view).toBe('OK');
    const other = await createOrganisation(t.db);
    const moved = await gql<{ requestMembership: Me }>(t.url, {
      query: REQUEST_MEMBERSHIP,
      as: mover.token,
      variables: { input: { organisationId: other.id } },
    });
    expect(moved.data!.requestMembership).toMatchObject({ verified: false, membership: { status: 'REQUESTED' } });
    expect((await rights(mover.token)).view).toBe('NOT_FOUND');
    // Asking again for the same organisation changes nothing (a second click).
    const again = await gql<{ requestMembership: Me }>(t.url, {
      query: REQUEST_MEMBERSHIP,
      as: mover.token,
      variables: { input: { organisationId: other.id } },
    });
    expect(again.errors).toBeUndefined();
    const unknown = await gql(t.url, {
      query: REQUEST_MEMBERSHIP,
      as: mover.token,
      variables: { input: { organisationId: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
  });

  it('should count only a verified membership towards an ICS’s guaranteed event places', async () => {
    // 2 places: 1 guaranteed to Black Country (QUA), 1 open.
    const organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
    const event = await createEvent(t.db, {
      organiserId: organiser.id,
      capacity: 2,
      quotas: [{ kind: 'ICS', key: 'QUA', places: 1 }],
    });
    const register = async (token: string) =>
      (
        await gql<{ registerForEvent: { status: string } }>(t.url, {
          query: REGISTER,
          variables: { input: { eventId: event.id, consent: true } },
          as: token,
        })
      ).data!.registerForEvent.status;
    const outsider = await createUser(t.db, { icsOdsCodes: ['QT1'] });
    expect(await register(outsider.token)).toBe('CONFIRMED'); // the open place
    // Naming a Black Country organisation does not claim its guaranteed place…
    const claimant = await signUp('claimant@not-the-council.example');
    expect(await register(claimant.token)).toBe('WAITLISTED');
    const snapshot: { ics_ods_code: string | null }[] = await t.db.query(
      'SELECT ics_ods_code FROM event_registration WHERE user_id = $1',
      [claimant.id],
    );
    expect(snapshot[0].ics_ods_code).toBeNull();
    // …a verified member of one does.
    const member = await createUser(t.db, { organisationId: org.id });
    expect(await register(member.token)).toBe('CONFIRMED');
  });
});

describe('organisation requests ("my organisation is not listed")', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should let a person ask, admins in scope create it, and the person then ask to join it', async () => {
    const signUp = await gql<{ signUp: { accessToken: string; user: { id: string; membership: null } } }>(t.url, {
      query: SIGN_UP,
      variables: { input: { email: 'clerk@parish-test.gov.uk', password: PASSWORD, name: 'Parish Clerk' } },
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data!.signUp.user.membership).toBeNull();
    const person = signUp.data!.signUp.accessToken;
    const input = {
      name: '  Little Snoring Parish Council ',
      typeKey: 'LOCAL_AUTHORITY',
      icsOdsCode: 'QUA',
      website: 'https://little-snoring.example',
      emailDomain: '@Parish-Test.gov.uk',
    };
    const asked = await gql<{ requestOrganisation: { id: string; name: string; emailDomain: string; status: string } }>(t.url, {
      query: REQUEST_ORGANISATION,
      as: person,
      variables: { input },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestOrganisation).toMatchObject({
      name: 'Little Snoring Parish Council',
      emailDomain: 'parish-test.gov.uk',
      status: 'REQUESTED',
    });
    // One open request per person, even on a double click.
    const twice = await Promise.all([1, 2].map(() => gql(t.url, { query: REQUEST_ORGANISATION, as: person, variables: { input } })));
    expect(twice.map(errorCode)).toEqual(['CONFLICT', 'CONFLICT']);

    const outOfScope = await createUser(t.db, { icsOdsCodes: ['QT1'], roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QT1' }] });
    const inScope = await createUser(t.db, { icsOdsCodes: ['QUA'], roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] });
    const member = await createUser(t.db);
    const seenBy = async (token: string) =>
      (await gql<{ organisationRequests: { id: string }[] }>(t.url, { query: ORGANISATION_REQUESTS, as: token })).data
        ?.organisationRequests.map((r) => r.id) ?? [];
    expect(await seenBy(outOfScope.token)).not.toContain(asked.data!.requestOrganisation.id);
    expect(await seenBy(inScope.token)).toContain(asked.data!.requestOrganisation.id);
    expect(errorCode(await gql(t.url, { query: ORGANISATION_REQUESTS, as: member.token }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(t.url, {
          query: CREATE_REQUESTED,
          as: outOfScope.token,
          variables: { input: { requestId: asked.data!.requestOrganisation.id } },
        }),
      ),
    ).toBe('FORBIDDEN');

    const created = await gql<{ createRequestedOrganisation: { status: string; organisation: { id: string; emailDomains: string[] } } }>(
      t.url,
      { query: CREATE_REQUESTED, as: inScope.token, variables: { input: { requestId: asked.data!.requestOrganisation.id } } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createRequestedOrganisation).toMatchObject({
      status: 'CREATED',
      organisation: { emailDomains: ['parish-test.gov.uk'] },
    });
    const again = await gql(t.url, {
      query: CREATE_REQUESTED,
      as: inScope.token,
      variables: { input: { requestId: asked.data!.requestOrganisation.id } },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    const mine = await gql<{ me: Me }>(t.url, { query: ME, as: person });
    expect(mine.data!.me.membership).toMatchObject({
      status: 'REQUESTED',
      organisation: { id: created.data!.createRequestedOrganisation.organisation.id },
    });
  });

  it('should refuse a listed name, a webmail domain and blank fields, and let admins reject with a reason', async () => {
    const person = await createUser(t.db);
    const listed = await createOrganisation(t.db, { name: 'Already Listed Trust' });
    const base = { name: 'New Community Interest Company', typeKey: 'VCSE', icsOdsCode: 'QUA' };
    const codeFor = async (input: Record<string, unknown>) =>
      errorCode(await gql(t.url, { query: REQUEST_ORGANISATION, as: person.token, variables: { input } }));
    expect(await codeFor({ ...base, name: listed.name.toUpperCase() })).toBe('CONFLICT');
    expect(await codeFor({ ...base, emailDomain: 'gmail.com' })).toBe('BAD_USER_INPUT');
    expect(await codeFor({ ...base, name: '   ' })).toBe('BAD_USER_INPUT');
    expect(await codeFor({ ...base, typeKey: 'NOPE' })).toBe('BAD_USER_INPUT');
    expect(await codeFor({ ...base, icsOdsCode: 'ZZZ' })).toBe('BAD_USER_INPUT');
    expect(await codeFor({ ...base, website: 'javascript:alert(1)' })).toBe('BAD_USER_INPUT');
    const asked = await gql<{ requestOrganisation: { id: string } }>(t.url, {
      query: REQUEST_ORGANISATION,
      as: person.token,
      variables: { input: base },
    });
    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    const short = await gql(t.url, {
      query: REJECT_REQUEST,
      as: admin.token,
      variables: { input: { requestId: asked.data!.requestOrganisation.id, reason: ' ' } },
    });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const rejected = await gql<{ rejectOrganisationRequest: { status: string; decisionNote: string } }>(t.url, {
      query: REJECT_REQUEST,
      as: admin.token,
      variables: { input: { requestId: asked.data!.requestOrganisation.id, reason: 'This is a project, not an organisation.' } },
    });
    expect(rejected.data!.rejectOrganisationRequest).toEqual({
      id: asked.data!.requestOrganisation.id,
      status: 'REJECTED',
      decisionNote: 'This is a project, not an organisation.',
    });
  });
});
