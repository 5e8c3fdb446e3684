import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';
import * as yauzl from 'yauzl';

import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createThreadWithComments } from '../factories/discussion.factory';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';

/** A person with something in every part the export lists, and the unique strings to look for. */
export interface SeededPerson {
  commentText: string;
  answerText: string;
  sensitiveText: string;
  caseStudyTitle: string;
  threadId: string;
}

export async function seedPersonalData(
  db: DataSource,
  person: TestUser,
  other: TestUser,
  url: string,
): Promise<SeededPerson> {
  const tag = randomUUID().slice(0, 8);
  const commentText = `Subject comment text ${tag}`;
  const answerText = `Subject dietary answer ${tag}`;
  const sensitiveText = `Subject access need ${tag}`;
  const { threadId } = await createThreadWithComments(db, {
    authorIds: [person.id, other.id],
    count: 2,
    reactorIds: [person.id],
  });
  await db.query(
    `UPDATE comment SET body = $3, body_html = '<p>' || $3 || '</p>' WHERE thread_id = $1 AND author_id = $2`,
    [threadId, person.id, commentText],
  );
  await db.query(
    `UPDATE comment SET body = $3, body_html = '<p>' || $3 || '</p>' WHERE thread_id = $1 AND author_id = $2`,
    [threadId, other.id, `Other person's comment ${tag}`],
  );
  await db.query(
    `DELETE FROM comment_reaction r USING comment c WHERE c.id = r.comment_id AND c.thread_id = $1 AND c.author_id = $2`,
    [threadId, person.id],
  );
  const caseStudy = await createCaseStudy(db, { organisationId: person.organisationId });
  await db.query(
    `UPDATE case_study SET author_id = $2, contact_name = $3, contact_email = $4 WHERE id = $1`,
    [caseStudy.id, person.id, person.name, person.email],
  );
  const adoption = await createAdoption(db, {
    caseStudyId: caseStudy.id,
    organisationId: person.organisationId,
    icsOdsCode: 'QUA',
  });
  await db.query(`UPDATE adoption SET declared_by_id = $2 WHERE id = $1`, [adoption.id, person.id]);
  const event = await createEvent(db, { organiserId: other.id });
  await db.query(
    `INSERT INTO event_registration (event_id, user_id, status, answers, sensitive_answers, consent_at)
     VALUES ($1, $2, 'CONFIRMED', $3::jsonb, $4::jsonb, now())`,
    [
      event.id,
      person.id,
      JSON.stringify({ diet: answerText }),
      JSON.stringify({ access: sensitiveText }),
    ],
  );
  await db.query(
    `INSERT INTO event_registration (event_id, user_id, status, answers, consent_at)
     VALUES ($1, $2, 'CONFIRMED', $3::jsonb, now())`,
    [event.id, other.id, JSON.stringify({ diet: `Other person's answer ${tag}` })],
  );
  await db.query(
    `INSERT INTO follow (user_id, target_type, target_id, level) VALUES ($1, 'THREAD', $2, 'WATCHING')`,
    [person.id, threadId],
  );
  await db.query(
    `INSERT INTO notification (user_id, kind, title, body, link, actor_id)
     VALUES ($1, 'COMMENT_REPLY', $2, 'A reply', '/discussions', $3),
            ($3, 'COMMENT_REPLY', $4, 'A reply', '/discussions', $1)`,
    [person.id, `${other.name} replied to you`, other.id, `${person.name} replied to you`],
  );
  const form = new FormData();
  form.append(
    'file',
    new Blob([`notes by the subject ${tag}`], { type: 'text/plain' }),
    'my-notes.txt',
  );
  const upload = await fetch(`${url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${person.token}` },
  });
  if (upload.status !== 201) throw new Error(`upload failed: ${upload.status}`);
  return { commentText, answerText, sensitiveText, caseStudyTitle: caseStudy.title, threadId };
}

/** Every entry of a ZIP, name → text. */
export function readZip(data: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Rows of any table in `public` whose text (any text, varchar, json or array column) contains one of `needles`. */
export async function rowsHolding(db: DataSource, needles: string[]): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY'))`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE lower("${column_name}"::text) LIKE ANY($1::text[])`,
      [needles.map((n) => `%${n.toLowerCase()}%`)],
    );
    if (rows[0].n > 0) found.push(`${table_name}.${column_name} (${rows[0].n})`);
  }
  return found;
}
