import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { DataSource } from 'typeorm';

import { PasswordHasher } from '../modules/auth/password-hasher';
import { seedDemoData } from './seeds/demo-seed';
import { seedReferenceData } from './seeds/reference-seed';
import { typeormOptions } from './typeorm-options';

/**
 * Database tasks run by `npm run db:*`, `npm start` and the test set-up,
 * against an explicit URL (they run outside Nest).
 */
async function withDataSource<T>(url: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = new DataSource(typeormOptions(url, 2));
  await db.initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

export function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (db) => (await db.runMigrations()).map((m) => m.name));
}

/** Reverts the last `steps` migrations (all when steps is Infinity). */
export function revertMigrations(url: string, steps = 1): Promise<number> {
  return withDataSource(url, async (db) => {
    let reverted = 0;
    while (reverted < steps) {
      const executed: { name: string }[] = await db
        .query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1')
        .catch(() => []);
      if (!executed.length) break;
      await db.undoLastMigration();
      reverted += 1;
    }
    return reverted;
  });
}

/** SQL that would bring the database in line with the entities (empty = no drift). */
export function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  return withDataSource(url, async (db) => {
    const log = await db.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query),
    };
  });
}

function toClassName(name: string, timestamp: number): string {
  const camel = name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return `${camel}${timestamp}`;
}

/** Writes a reviewed-by-hand migration file with up and down from the entity diff. */
export async function generateMigration(
  url: string,
  name: string,
  dir: string,
): Promise<string | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new Error('Migration names are kebab-case, e.g. create-case-studies');
  }
  const { up, down } = await withDataSource(url, async (db) => {
    const log = await db.driver.createSchemaBuilder().log();
    return { up: log.upQueries, down: log.downQueries };
  });
  if (!up.length) return null;
  const timestamp = Date.now();
  const className = toClassName(name, timestamp);
  const q = (sql: string, params?: unknown[]) =>
    `    await queryRunner.query(${JSON.stringify(sql)}${params?.length ? `, ${JSON.stringify(params)}` : ''});`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((x) => q(x.query, x.parameters)).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...down]
  .reverse()
  .map((x) => q(x.query, x.parameters))
  .join('\n')}
  }
}
`;
  const file = path.join(dir, `${timestamp}-${name}.ts`);
  writeFileSync(file, body);
  return file;
}

export function seed(url: string, options: { demo: boolean }): Promise<void> {
  const hasher = new PasswordHasher();
  return withDataSource(url, (db) =>
    db.transaction(async (manager) => {
      await seedReferenceData(manager);
      if (options.demo) await seedDemoData(manager, (p) => hasher.hash(p));
    }),
  );
}
