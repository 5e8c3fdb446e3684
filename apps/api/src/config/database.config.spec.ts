import { migrationDatabaseUrlFromEnv } from './database.config';

describe('migrationDatabaseUrlFromEnv', () => {
  const saved = { ...process.env };

  afterEach(() => {
    process.env = { ...saved };
  });

  it('should need only DATABASE_URL when NODE_ENV=production (none of the API secrets)', () => {
    process.env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db.internal:5432/mic' };
    expect(migrationDatabaseUrlFromEnv()).toBe('postgres://u:p@db.internal:5432/mic');
  });

  it('should name DATABASE_URL when it is missing or not a postgres URL', () => {
    process.env = { NODE_ENV: 'production' };
    expect(() => migrationDatabaseUrlFromEnv()).toThrow(/DATABASE_URL: must be a postgres/);
    process.env = { DATABASE_URL: 'mysql://u@db/mic' };
    expect(() => migrationDatabaseUrlFromEnv()).toThrow(/DATABASE_URL/);
  });
});
