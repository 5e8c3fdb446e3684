import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import { APPROVE, CREATE, SUBMIT, UPDATE } from './case-studies.operations';

const VERSIONS = `query Versions($slug: String!) { caseStudy(slug: $slug) {
  version
  versions { number version changedFields changeNote snapshotJson createdAt }
} }`;

interface Version {
  number: number;
  version: number;
  changedFields: string[];
  changeNote: string | null;
  snapshotJson: string;
  createdAt: string;
}

describe('case study version history', () => {
  let t: TestApp;
  let lead: TestUser;
  let colleague: TestUser;
  let reviewer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    lead = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    colleague = await createUser(t.db, { organisationId: lead.organisationId });
    reviewer = await createUser(t.db, { icsOdsCodes: ['QHL'], roles: [{ role: Role.MODERATOR }] });
    admin = await createUser(t.db, { icsOdsCodes: ['QT1'], roles: [{ role: Role.REGIONAL_ADMIN }] });
  });

  afterAll(async () => {
    await t.close();
  });

  /** Created by the lead, submitted and approved by a reviewer in another ICS: version entry 1. */
  async function published(
    title: string,
    approver: TestUser = reviewer,
  ): Promise<{ id: string; slug: string; version: number }> {
    const created = await gql<{ createCaseStudy: { id: string; slug: string } }>(t.url, {
      query: CREATE,
      as: lead.token,
      variables: {
        input: {
          title,
          summary: 'Residents into NHS jobs.',
          icsOdsCode: 'QUA',
          themes: ['EMPLOYMENT'],
          reviewBy: '2099-12-31',
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const { id, slug } = created.data!.createCaseStudy;
    expect((await gql(t.url, { query: SUBMIT, as: lead.token, variables: { input: { id } } })).errors).toBeUndefined();
    const approved = await gql(t.url, { query: APPROVE, as: approver.token, variables: { input: { id } } });
    expect(approved.errors).toBeUndefined();
    return { id, slug, version: (await history(slug)).version };
  }

  async function history(slug: string): Promise<{ version: number; versions: Version[] }> {
    const res = await gql<{ caseStudy: { version: number; versions: Version[] } }>(t.url, {
      query: VERSIONS,
      as: lead.token,
      variables: { slug },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.caseStudy;
  }

  async function save(
    as: TestUser,
    id: string,
    expectedVersion: number,
    fields: Record<string, unknown>,
  ): Promise<number> {
    const res = await gql<{ updateCaseStudy: { version: number } }>(t.url, {
      query: UPDATE,
      as: as.token,
      variables: { input: { id, expectedVersion, ...fields } },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.updateCaseStudy.version;
  }

  /** Pretends the latest entry began `minutes` ago (no sleeping). */
  async function ageLatestEntry(caseStudyId: string, minutes: number): Promise<void> {
    await t.db.query(
      `UPDATE case_study_version SET created_at = created_at - make_interval(mins => $2)
        WHERE case_study_id = $1 AND number = (SELECT MAX(number) FROM case_study_version WHERE case_study_id = $1)`,
      [caseStudyId, minutes],
    );
  }

  it('should record five saves in a row by one editor as one new version with the union of changed fields', async () => {
    const cs = await published('Five step editing session');
    const steps: Record<string, unknown>[] = [
      { summary: 'Over 150 residents into NHS and care jobs.', changeNote: 'New figures' },
      { problem: 'High unemployment near the hospital.' },
      { aims: 'Jobs for local people.', changeNote: 'New figures' },
      { approach: 'Level 1 qualification, placement and a guaranteed interview.' },
      { keyLearning: 'Guaranteed interviews matter most.', changeNote: 'Key learning added' },
    ];
    let version = cs.version;
    for (const step of steps) version = await save(lead, cs.id, version, step);
    expect(version).toBe(cs.version + 5);

    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.version, v.changeNote])).toEqual([
      [2, version, 'New figures; Key learning added'],
      [1, cs.version, 'Published after peer review'],
    ]);
    expect(versions[0].changedFields).toEqual([
      'summary',
      'problem',
      'aims',
      'approach',
      'keyLearning',
    ]);
    const snapshot = JSON.parse(versions[0].snapshotJson) as Record<string, unknown>;
    expect(snapshot).toMatchObject({
      summary: 'Over 150 residents into NHS and care jobs.',
      keyLearning: 'Guaranteed interviews matter most.',
    });
    // The version started by the first save keeps its start time and author.
    const rows: { created_by_id: string }[] = await t.db.query(
      `SELECT created_by_id FROM case_study_version WHERE case_study_id = $1 AND number = 2`,
      [cs.id],
    );
    expect(rows).toEqual([{ created_by_id: lead.id }]);
  });

  it('should measure a version against the one before it, so a change undone in the same session is not listed', async () => {
    const cs = await published('Undone change session');
    let version = await save(lead, cs.id, cs.version, { summary: 'A different summary.' });
    version = await save(lead, cs.id, version, { aims: 'New aims.' });
    await save(lead, cs.id, version, { summary: 'Residents into NHS jobs.' });
    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.changedFields])).toEqual([
      [2, ['aims']],
      [1, []],
    ]);
  });

  it('should start a new version when another member of the organisation saves', async () => {
    const cs = await published('Two editors session');
    let version = await save(lead, cs.id, cs.version, { summary: 'The lead changed the summary.' });
    version = await save(lead, cs.id, version, { aims: 'The lead changed the aims.' });
    version = await save(colleague, cs.id, version, { approach: 'The colleague changed the approach.' });
    await save(colleague, cs.id, version, { problem: 'The colleague changed the problem.' });
    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.changedFields])).toEqual([
      [3, ['problem', 'approach']],
      [2, ['summary', 'aims']],
      [1, []],
    ]);
  });

  it('should start a new version when the same editor saves 30 minutes or more after the version began', async () => {
    const cs = await published('Long gap session');
    let version = await save(lead, cs.id, cs.version, { summary: 'Before the break.' });
    await ageLatestEntry(cs.id, 31);
    version = await save(lead, cs.id, version, { aims: 'After the break.' });
    await ageLatestEntry(cs.id, 29);
    await save(lead, cs.id, version, { approach: 'Still within the window.' });
    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.changedFields])).toEqual([
      [3, ['aims', 'approach']],
      [2, ['summary']],
      [1, []],
    ]);
  });

  it('should keep the publish-after-review version to itself, even when the reviewer edits straight after', async () => {
    const cs = await published('Reviewer edits after publishing', admin);
    await save(admin, cs.id, cs.version, { summary: 'Tidied by the regional admin.' });
    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.changeNote, v.changedFields])).toEqual([
      [2, null, ['summary']],
      [1, 'Published after peer review', []],
    ]);
  });

  it('should still answer CONFLICT to a save from a version someone else has saved since, leaving one version', async () => {
    const cs = await published('Stale editor session');
    await save(lead, cs.id, cs.version, { summary: 'Saved first.' });
    const stale = await gql(t.url, {
      query: UPDATE,
      as: colleague.token,
      variables: { input: { id: cs.id, expectedVersion: cs.version, summary: 'Saved from a stale page.' } },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const { versions } = await history(cs.slug);
    expect(versions.map((v) => [v.number, v.changedFields])).toEqual([
      [2, ['summary']],
      [1, []],
    ]);
  });
  it('should withhold the contact email in version snapshots from signed-out readers, as on the case study', async () => {
    const cs = await published('Contact privacy in history');
    const saved = await gql(t.url, {
      query: UPDATE,
      as: lead.token,
      variables: { input: { id: cs.id, expectedVersion: cs.version, contact: { name: 'Pat Lead', role: 'Anchor lead', email: 'pat.lead@example.org' } } },
    });
    expect(saved.errors).toBeUndefined();
    const signedIn = await history(cs.slug);
    expect(signedIn.versions[0].snapshotJson).toContain('pat.lead@example.org');
    const anonymous = await gql<{ caseStudy: { contact: { email: string | null }; versions: Version[] } }>(t.url, {
      query: `query($slug: String!) { caseStudy(slug: $slug) { contact { email } versions { snapshotJson } } }`,
      variables: { slug: cs.slug },
    });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.caseStudy.contact.email).toBeNull();
    for (const v of anonymous.data!.caseStudy.versions) {
      expect(v.snapshotJson).not.toContain('pat.lead@example.org');
      expect((JSON.parse(v.snapshotJson) as { contactEmail: unknown }).contactEmail).toBeNull();
    }
  });
});
