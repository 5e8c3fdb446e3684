// Tables have one owner: proves the check maps every table to a module, that
// the API names no other module's table beyond the listed debts, that every
// listed debt still occurs, and that a planted violation fails the check.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  apiSrc,
  checkAgainstDebts,
  loadDebts,
  scan,
  tableOwners,
  violationsIn,
} from './table-ownership';

describe('table ownership', () => {
  const owners = tableOwners();

  it('maps every table the migrations create to the module that declares its entity', () => {
    const migrations = path.join(apiSrc, 'database/migrations');
    const created = new Set<string>();
    for (const file of readdirSync(migrations)) {
      const text = readFileSync(path.join(migrations, file), 'utf8');
      for (const m of text.matchAll(
        /CREATE TABLE (?:IF NOT EXISTS )?"?(?:public"?\."?)?([a-z_][a-z0-9_]*)"?/g,
      )) {
        created.add(m[1]);
      }
    }
    expect(created.size).toBeGreaterThan(40);
    expect([...created].filter((t) => !owners.has(t)).sort()).toEqual([]);
    expect(owners.get('case_study')?.owner).toBe('modules/case-studies');
    expect(owners.get('comment')?.owner).toBe('modules/discussions');
    expect(owners.get('app_user')?.owner).toBe('modules/users');
    expect(owners.get('rate_limit_hit')?.owner).toBe('common/rate-limit');
  });

  it('finds no violation that is not a listed debt (apps/api/table-ownership.json)', () => {
    const { unlisted } = checkAgainstDebts(scan(), loadDebts());
    // Read the data through the owner's exported service or read model instead.
    expect(
      unlisted.map((v) => `${v.file}: ${v.table} (owned by ${v.owner}, via ${v.via})`),
    ).toEqual([]);
  });

  it('lists only debts that still occur (remove a table from the list once it is paid)', () => {
    expect(checkAgainstDebts(scan(), loadDebts()).paid).toEqual([]);
  });

  it("reports no violation in discussions, follows or moderation for the subject modules' tables", () => {
    const subjectTables = new Set(['case_study', 'event', 'toolkit', 'thread', 'comment']);
    const reached = scan().filter(
      (v) =>
        /^modules\/(discussions|follows|moderation)\//.test(v.file) && subjectTables.has(v.table),
    );
    expect(reached).toEqual([]);
  });

  it("fails on a planted violation in source text: SQL, a query builder or another module's entity", () => {
    const planted = [
      "import { Injectable } from '@nestjs/common';",
      "import { InjectRepository } from '@nestjs/typeorm';",
      "import { CaseStudyEntity } from '../case-studies/entities/case-study.entity';",
      "import type { EventEntity } from '../events/entities/event.entity';",
      '// A comment naming FROM toolkit is not SQL.',
      '@Injectable()',
      'export class Planted {',
      '  constructor(@InjectRepository(CaseStudyEntity) readonly repo: unknown) {}',
      '  a = `SELECT 1 FROM thread t JOIN event e ON e.id = t.subject_id::uuid`;',
      '  b = \'UPDATE "comment" SET hidden_at = now()\';',
      "  c = (qb: { innerJoin(t: string, a: string): void }) => qb.innerJoin('mail_message', 'm');",
      '  d?: EventEntity;',
      '}',
    ].join('\n');
    const found = violationsIn('modules/follows/zz-planted.ts', planted, owners);
    expect(found.map((v) => `${v.table} ${v.via}`).sort()).toEqual([
      'case_study entity CaseStudyEntity',
      'comment SQL',
      'event SQL',
      'mail_message SQL',
      'thread SQL',
    ]);
    const { unlisted } = checkAgainstDebts([...scan(), ...found], loadDebts());
    expect(unlisted).toHaveLength(5);
    // The module's own tables, migrations, seeds and tests are fine.
    expect(
      violationsIn('modules/follows/zz.ts', 'const s = `SELECT 1 FROM follow`;', owners),
    ).toEqual([]);
    for (const exempt of [
      'database/migrations/1-x.ts',
      'database/seeds/dev-seed.ts',
      'modules/follows/x.spec.ts',
      'modules/follows/x.int-spec.ts',
    ]) {
      expect(violationsIn(exempt, planted, owners)).toEqual([]);
    }
  });

  it('fails on a planted file in a source tree, and on a debt that no longer occurs', () => {
    const src = mkdtempSync(path.join(tmpdir(), 'mic-tables-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
      writeFileSync(path.join(src, file), text);
    };
    try {
      write('modules/a/entities/a.entity.ts', "@Entity('a_thing')\nexport class AThingEntity {}\n");
      write('modules/b/entities/b.entity.ts', "@Entity('b_thing')\nexport class BThingEntity {}\n");
      write('modules/b/b.repository.ts', 'export const own = `SELECT * FROM b_thing`;\n');
      write(
        'database/migrations/1-create.ts',
        'export const sql = `INSERT INTO a_thing VALUES (1)`;\n',
      );
      expect(scan(src)).toEqual([]);
      write(
        'modules/b/b-planted.repository.ts',
        'export const q = `DELETE FROM a_thing WHERE id = $1`;\n',
      );
      const violations = scan(src);
      expect(violations).toEqual([
        {
          file: 'modules/b/b-planted.repository.ts',
          table: 'a_thing',
          owner: 'modules/a',
          via: 'SQL',
        },
      ]);
      expect(checkAgainstDebts(violations, []).unlisted).toHaveLength(1);
      const debt = {
        file: 'modules/b/b-planted.repository.ts',
        tables: ['a_thing'],
        why: 'planted',
      };
      expect(checkAgainstDebts(violations, [debt])).toEqual({ unlisted: [], paid: [] });
      rmSync(path.join(src, 'modules/b/b-planted.repository.ts'));
      expect(checkAgainstDebts(scan(src), [debt]).paid).toEqual([
        { file: 'modules/b/b-planted.repository.ts', table: 'a_thing' },
      ]);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});
