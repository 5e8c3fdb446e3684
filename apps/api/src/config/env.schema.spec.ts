import { parseEnv } from './env.schema';

describe('parseEnv', () => {
  const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' };

  it('should apply defaults', () => {
    const env = parseEnv(base);
    expect(env.API_PORT).toBe(4000);
    expect(env.NODE_ENV).toBe('development');
  });

  it('should name the bad variable', () => {
    expect(() => parseEnv({ ...base, API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('should refuse demo mode in production', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production', DEMO_MODE: 'true' })).toThrow(/DEMO_MODE/);
  });

  it('should accept a clamd URL over TCP or a Unix socket, and nothing else', () => {
    expect(parseEnv(base).CLAMAV_URL).toBeUndefined();
    expect(parseEnv({ ...base, CLAMAV_URL: 'tcp://127.0.0.1:3310' }).CLAMAV_URL).toBe('tcp://127.0.0.1:3310');
    expect(parseEnv({ ...base, CLAMAV_URL: 'unix:///run/clamav/clamd.ctl' }).CLAMAV_URL).toBe('unix:///run/clamav/clamd.ctl');
    expect(() => parseEnv({ ...base, CLAMAV_URL: 'http://clamd:3310' })).toThrow(/CLAMAV_URL/);
    expect(() => parseEnv({ ...base, CLAMAV_URL: 'tcp://clamd' })).toThrow(/CLAMAV_URL/);
  });
});
