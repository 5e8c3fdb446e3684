import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Role } from '@mic/shared-util';

import { createCaseStudy } from '../factories/case-study.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32),
]);

const ATTACH = `mutation ($input: AttachCaseStudyFilesInput!) {
  attachCaseStudyFiles(input: $input) { id attachments { id name contentType altText downloadPath } }
}`;
const REMOVE = `mutation ($input: RemoveCaseStudyAttachmentInput!) {
  removeCaseStudyAttachment(input: $input) { id attachments { id } }
}`;
const ATTACHMENTS = `query ($slug: String!) {
  caseStudy(slug: $slug) { id attachments { id name contentType altText downloadPath } }
}`;

interface Attachment {
  id: string;
  name: string;
  contentType: string;
  altText: string | null;
  downloadPath: string;
}

describe('case study attachments', () => {
  let t: TestApp;
  let dir: string;
  let lead: TestUser;
  let colleague: TestUser;
  let reviewer: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mic-cs-uploads-'));
    t = await createTestApp({ UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    lead = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    colleague = await createUser(t.db, { organisationId: lead.organisationId });
    reviewer = await createUser(t.db, { icsOdsCodes: ['QHL'], roles: [{ role: Role.MODERATOR }] });
    outsider = await createUser(t.db, { icsOdsCodes: ['QT1'] });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (token: string, name: string, content: Buffer, altText?: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    if (altText) form.append('altText', altText);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  const download = (token: string, downloadPath: string) =>
    fetch(`${t.url}${downloadPath}`, { headers: { authorization: `Bearer ${token}` } });

  it('should attach a document and an image with alt text, list them and let people who may see the draft download them', async () => {
    const draft = await createCaseStudy(t.db, {
      organisationId: lead.organisationId,
      status: 'DRAFT',
    });
    const pdf = await upload(lead.token, 'evaluation.pdf', PDF);
    const png = await upload(lead.token, 'academy.png', PNG, 'Trainees at the academy graduation');

    const attached = await gql<{ attachCaseStudyFiles: { attachments: Attachment[] } }>(t.url, {
      query: ATTACH,
      as: lead.token,
      variables: { input: { caseStudyId: draft.id, fileIds: [pdf, png] } },
    });
    expect(attached.errors).toBeUndefined();
    expect(attached.data!.attachCaseStudyFiles.attachments).toEqual([
      expect.objectContaining({
        id: pdf,
        name: 'evaluation.pdf',
        contentType: 'application/pdf',
        altText: null,
      }),
      expect.objectContaining({
        id: png,
        contentType: 'image/png',
        altText: 'Trainees at the academy graduation',
        downloadPath: `/files/${png}`,
      }),
    ]);

    const listed = await gql<{ caseStudy: { attachments: Attachment[] } }>(t.url, {
      query: ATTACHMENTS,
      as: colleague.token,
      variables: { slug: draft.slug },
    });
    expect(listed.data!.caseStudy.attachments.map((a) => a.id)).toEqual([pdf, png]);

    // Draft: the authoring organisation may download; others, reviewers included, get 404 (no leak).
    const byColleague = await download(colleague.token, `/files/${pdf}`);
    expect(byColleague.status).toBe(200);
    expect(Buffer.from(await byColleague.arrayBuffer()).equals(PDF)).toBe(true);
    // Reviewers see a draft's files only once it is submitted for review.
    expect((await download(reviewer.token, `/files/${png}`)).status).toBe(404);
    expect((await download(outsider.token, `/files/${pdf}`)).status).toBe(404);

    // Published: every signed-in member may download; anonymous may not.
    await t.db.query(
      `UPDATE case_study SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
      [draft.id],
    );
    expect((await download(outsider.token, `/files/${pdf}`)).status).toBe(200);
    expect((await fetch(`${t.url}/files/${pdf}`)).status).toBe(401);
  });

  it('should refuse a non-editor (FORBIDDEN), an invisible draft (NOT_FOUND) and files that are not your own unattached uploads (BAD_USER_INPUT)', async () => {
    const published = await createCaseStudy(t.db, { organisationId: lead.organisationId });
    const draft = await createCaseStudy(t.db, {
      organisationId: lead.organisationId,
      status: 'DRAFT',
    });
    const outsiderFile = await upload(outsider.token, 'theirs.pdf', PDF);

    const forbidden = await gql(t.url, {
      query: ATTACH,
      as: outsider.token,
      variables: { input: { caseStudyId: published.id, fileIds: [outsiderFile] } },
    });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');

    const hidden = await gql(t.url, {
      query: ATTACH,
      as: outsider.token,
      variables: { input: { caseStudyId: draft.id, fileIds: [outsiderFile] } },
    });
    expect(errorCode(hidden)).toBe('NOT_FOUND');

    // The lead cannot attach someone else's upload; nothing is attached (all or nothing).
    const own = await upload(lead.token, 'mine.pdf', PDF);
    const notYours = await gql(t.url, {
      query: ATTACH,
      as: lead.token,
      variables: { input: { caseStudyId: published.id, fileIds: [own, outsiderFile] } },
    });
    expect(errorCode(notYours)).toBe('BAD_USER_INPUT');
    expect(notYours.errors?.[0]?.extensions?.['field']).toBe('fileIds');
    const after = await gql<{ caseStudy: { attachments: Attachment[] } }>(t.url, {
      query: ATTACHMENTS,
      as: lead.token,
      variables: { slug: published.slug },
    });
    expect(after.data!.caseStudy.attachments).toEqual([]);

    // Attach, then remove: the file is private to its uploader again.
    await gql(t.url, {
      query: ATTACH,
      as: lead.token,
      variables: { input: { caseStudyId: published.id, fileIds: [own] } },
    });
    expect((await download(outsider.token, `/files/${own}`)).status).toBe(200);
    const removed = await gql<{ removeCaseStudyAttachment: { attachments: unknown[] } }>(t.url, {
      query: REMOVE,
      as: colleague.token,
      variables: { input: { caseStudyId: published.id, fileId: own } },
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeCaseStudyAttachment.attachments).toEqual([]);
    expect((await download(outsider.token, `/files/${own}`)).status).toBe(404);
  });
});
