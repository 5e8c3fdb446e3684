import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import { organisationIdByName } from '../factories/organisation.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const TOOLKITS = `query { toolkits { slug title summary ownerOrganisation { name } currentVersion { number sections { key title } form { key questions { key type options } } files { id } } versions { number diff { key change } } } }`;
const TOOLKIT = `query T($slug: String!) { toolkit(slug: $slug) {
  id slug title viewerCanPublish
  currentVersion { id number changelog sections { key title bodyHtml threadSubjectId } files { id name contentType downloadPath } diff { key title change } }
  versions { number changelog sections { key body } diff { key change } }
} }`;
const CREATE = `mutation C($input: CreateToolkitInput!) { createToolkit(input: $input) { id slug } }`;
const PUBLISH = `mutation P($input: PublishToolkitVersionInput!) { publishToolkitVersion(input: $input) { id number diff { key change } files { id } } }`;
const FOLLOW = `mutation F($input: FollowInput!) { follow(input: $input) { level } }`;
const START = `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { id status csvPath pdfPath } }`;
const SAVE = `mutation V($input: SaveAssessmentInput!) { saveAssessment(input: $input) { id status answers { questionKey value } } }`;
const SUBMIT = `mutation U($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id status submittedAt } }`;

describe('toolkits, versions and assessments', () => {
  let t: TestApp;
  let dir: string;
  let publisher: TestUser;
  let outsider: TestUser;
  let follower: TestUser;
  let downloader: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mic-toolkits-'));
    t = await createTestApp({ UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    publisher = await createUser(t.db, { name: 'Pat Publisher' });
    outsider = await createUser(t.db);
    follower = await createUser(t.db);
    downloader = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (token: string, name: string, content: Buffer): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  it('should list the three seeded toolkits, HEAT with an illustrative fillable form, in a fixed number of queries', async () => {
    const { result, count } = await countQueries(() =>
      gql<{
        toolkits: {
          slug: string;
          summary: string;
          ownerOrganisation: { name: string };
          currentVersion: { form: unknown[] | null };
        }[];
      }>(t.url, { query: TOOLKITS, as: outsider.token }),
    );
    expect(result.errors).toBeUndefined();
    const list = result.data!.toolkits;
    expect(list.map((k) => k.slug).sort()).toEqual([
      'health-inequalities-toolkit-phase-1',
      'health-inequalities-toolkit-phase-2',
      'heat',
    ]);
    const heat = list.find((k) => k.slug === 'heat')!;
    expect(heat.summary).toMatch(/illustrative/);
    expect(heat.ownerOrganisation.name).toMatch(/OHID/);
    expect(heat.currentVersion.form!.length).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
  });

  it('should create a toolkit for your own organisation only', async () => {
    const sections = [
      { key: 'intro', title: 'Introduction', body: 'Why this matters' },
      { key: 'method', title: 'Method', body: 'Step one' },
      { key: 'appendix', title: 'Appendix', body: 'Extra' },
    ];
    const other = await organisationIdByName(t.db, 'NHS England Midlands');
    const refused = await gql(t.url, {
      query: CREATE,
      as: outsider.token,
      variables: {
        input: {
          title: 'Not mine',
          slug: 'not-mine',
          summary: 'x x x',
          sections,
          ownerOrganisationId: other,
        },
      },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const created = await gql<{ createToolkit: { slug: string } }>(t.url, {
      query: CREATE,
      as: publisher.token,
      variables: {
        input: {
          title: 'Social prescribing toolkit',
          slug: 'social-prescribing',
          summary: 'How we set it up',
          sections,
          themeKeys: ['PREVENTION'],
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const duplicate = await gql(t.url, {
      query: CREATE,
      as: publisher.token,
      variables: {
        input: { title: 'Again', slug: 'social-prescribing', summary: 'dup', sections },
      },
    });
    expect(errorCode(duplicate)).toBe('CONFLICT');
  });

  it('should publish a new version with files and a section diff, keep old versions, and notify followers and downloaders', async () => {
    const page = await gql<{ toolkit: { id: string; currentVersion: { number: number } } }>(t.url, {
      query: TOOLKIT,
      as: publisher.token,
      variables: { slug: 'social-prescribing' },
    });
    const toolkitId = page.data!.toolkit.id;
    // v2 with a file; someone downloads it.
    const fileId = await upload(
      publisher.token,
      'guide.pdf',
      Buffer.from('%PDF-1.4\nguide\n%%EOF\n'),
    );
    const v2 = await gql<{ publishToolkitVersion: { number: number; files: { id: string }[] } }>(
      t.url,
      {
        query: PUBLISH,
        as: publisher.token,
        variables: {
          input: {
            toolkitId,
            changelog: 'Added the guide',
            fileIds: [fileId],
            sections: [
              { key: 'intro', title: 'Introduction', body: 'Why this matters' },
              { key: 'method', title: 'Method', body: 'Step one' },
              { key: 'appendix', title: 'Appendix', body: 'Extra' },
            ],
          },
        },
      },
    );
    expect(v2.errors).toBeUndefined();
    expect(v2.data!.publishToolkitVersion.files).toEqual([{ id: fileId }]);
    const download = await fetch(`${t.url}/files/${fileId}`, {
      headers: { authorization: `Bearer ${downloader.token}` },
    });
    expect(download.status).toBe(200);
    await gql(t.url, {
      query: FOLLOW,
      as: follower.token,
      variables: { input: { targetType: 'TOOLKIT', targetId: toolkitId, level: 'WATCHING' } },
    });

    expect(
      errorCode(
        await gql(t.url, {
          query: PUBLISH,
          as: outsider.token,
          variables: { input: { toolkitId, changelog: 'hijack', sections: [] } },
        }),
      ),
    ).toBe('FORBIDDEN');
    const v3 = await gql<{
      publishToolkitVersion: { number: number; diff: { key: string; change: string }[] };
    }>(t.url, {
      query: PUBLISH,
      as: publisher.token,
      variables: {
        input: {
          toolkitId,
          changelog: 'Revised the method',
          sections: [
            { key: 'intro', title: 'Introduction', body: 'Why this matters' },
            { key: 'method', title: 'Method', body: 'Step one, then step two' },
            { key: 'evidence', title: 'Evidence', body: 'New' },
          ],
        },
      },
    });
    expect(v3.data!.publishToolkitVersion.number).toBe(3);
    expect(v3.data!.publishToolkitVersion.diff).toEqual([
      { key: 'intro', change: 'UNCHANGED' },
      { key: 'method', change: 'CHANGED' },
      { key: 'evidence', change: 'ADDED' },
      { key: 'appendix', change: 'REMOVED' },
    ]);

    const after = await gql<{
      toolkit: {
        viewerCanPublish: boolean;
        versions: { number: number; sections: { key: string; body: string }[] }[];
      };
    }>(t.url, { query: TOOLKIT, as: outsider.token, variables: { slug: 'social-prescribing' } });
    expect(after.data!.toolkit.viewerCanPublish).toBe(false);
    const own = await gql<{ toolkit: { viewerCanPublish: boolean } }>(t.url, {
      query: TOOLKIT,
      as: publisher.token,
      variables: { slug: 'social-prescribing' },
    });
    expect(own.data!.toolkit.viewerCanPublish).toBe(true);
    expect(after.data!.toolkit.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(after.data!.toolkit.versions[2].sections.find((s) => s.key === 'method')!.body).toBe(
      'Step one',
    );

    for (const user of [follower, downloader]) {
      const rows: { kind: string; body: string; link: string }[] = await t.db.query(
        `SELECT kind, body, link FROM notification WHERE user_id = $1 AND kind = 'TOOLKIT_VERSION' ORDER BY created_at`,
        [user.id],
      );
      const last = rows.at(-1)!;
      expect(last.body).toContain('Method (changed)');
      expect(last.body).toContain('Evidence (added)');
      expect(last.link).toBe('/toolkits/social-prescribing?version=3');
    }
    // Files attached to a toolkit version are visible to members; the attached file cannot be re-attached.
    const reattach = await gql(t.url, {
      query: PUBLISH,
      as: publisher.token,
      variables: { input: { toolkitId, changelog: 'again', fileIds: [fileId], sections: [] } },
    });
    expect(errorCode(reattach)).toBe('BAD_USER_INPUT');
  });

  it('should save, resume, validate, submit and export a HEAT assessment', async () => {
    const heat = await gql<{ toolkit: { id: string } }>(t.url, {
      query: TOOLKIT,
      as: follower.token,
      variables: { slug: 'heat' },
    });
    const started = await gql<{
      startAssessment: { id: string; status: string; csvPath: string; pdfPath: string };
    }>(t.url, {
      query: START,
      as: follower.token,
      variables: { input: { toolkitId: heat.data!.toolkit.id } },
    });
    expect(started.data!.startAssessment.status).toBe('DRAFT');
    const id = started.data!.startAssessment.id;

    const bad = await gql(t.url, {
      query: SAVE,
      as: follower.token,
      variables: {
        input: { assessmentId: id, answers: [{ questionKey: 'prepare.partners', value: '9' }] },
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    await gql(t.url, {
      query: SAVE,
      as: follower.token,
      variables: {
        input: {
          assessmentId: id,
          answers: [
            { questionKey: 'prepare.scope', value: '=HYPERLINK("x") Falls service' },
            { questionKey: 'prepare.partners', value: '4' },
          ],
        },
      },
    });
    expect(
      errorCode(
        await gql(t.url, {
          query: SUBMIT,
          as: follower.token,
          variables: { input: { assessmentId: id } },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const resumed = await gql<{ saveAssessment: { answers: { questionKey: string }[] } }>(t.url, {
      query: SAVE,
      as: follower.token,
      variables: {
        input: {
          assessmentId: id,
          answers: [
            { questionKey: 'assess.data', value: 'Some, not broken down by group' },
            { questionKey: 'address.confidence', value: '3' },
            { questionKey: 'review.frequency', value: 'Quarterly' },
          ],
        },
      },
    });
    expect(resumed.data!.saveAssessment.answers).toHaveLength(5);
    expect(
      errorCode(
        await gql(t.url, {
          query: SAVE,
          as: outsider.token,
          variables: { input: { assessmentId: id, answers: [] } },
        }),
      ),
    ).toBe('NOT_FOUND');
    const submitted = await gql<{ submitAssessment: { status: string } }>(t.url, {
      query: SUBMIT,
      as: follower.token,
      variables: { input: { assessmentId: id } },
    });
    expect(submitted.data!.submitAssessment.status).toBe('SUBMITTED');

    const csv = await fetch(`${t.url}${started.data!.startAssessment.csvPath}`, {
      headers: { authorization: `Bearer ${follower.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment/);
    const text = await csv.text();
    expect(text).toContain('"Quarterly"');
    expect(text).toContain(`"'=HYPERLINK(""x"") Falls service"`);
    const pdf = await fetch(`${t.url}${started.data!.startAssessment.pdfPath}`, {
      headers: { authorization: `Bearer ${follower.token}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const notYours = await fetch(`${t.url}${started.data!.startAssessment.csvPath}`, {
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(notYours.status).toBe(404);
  });
});
