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
    expect(() => parseEnv({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
  });

  it('should refuse demo mode in production', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production', DEMO_MODE: 'true' })).toThrow(
      /DEMO_MODE/,
    );
  });

  it('should default to local file storage and require a connection string for azure', () => {
    expect(parseEnv(base)).toMatchObject({ FILE_STORAGE: 'local', AZURE_STORAGE_CONTAINER: 'mic-files' });
    expect(() => parseEnv({ ...base, FILE_STORAGE: 'azure' })).toThrow(/AZURE_STORAGE_CONNECTION_STRING: required/);
    expect(() => parseEnv({ ...base, FILE_STORAGE: 's3' })).toThrow(/FILE_STORAGE/);
    expect(
      parseEnv({ ...base, FILE_STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })
        .FILE_STORAGE,
    ).toBe('azure');
    expect(() => parseEnv({ ...base, AZURE_STORAGE_CONTAINER: 'Bad_Name' })).toThrow(/AZURE_STORAGE_CONTAINER/);
  });

  it('should validate the metrics token and the OTLP endpoint', () => {
    expect(parseEnv(base).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(() => parseEnv({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => parseEnv({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('should accept a clamd URL over TCP or a Unix socket, and nothing else', () => {
    expect(parseEnv(base).CLAMAV_URL).toBeUndefined();
    expect(parseEnv({ ...base, CLAMAV_URL: 'tcp://127.0.0.1:3310' }).CLAMAV_URL).toBe(
      'tcp://127.0.0.1:3310',
    );
    expect(parseEnv({ ...base, CLAMAV_URL: 'unix:///run/clamav/clamd.ctl' }).CLAMAV_URL).toBe(
      'unix:///run/clamav/clamd.ctl',
    );
    expect(() => parseEnv({ ...base, CLAMAV_URL: 'http://clamd:3310' })).toThrow(/CLAMAV_URL/);
    expect(() => parseEnv({ ...base, CLAMAV_URL: 'tcp://clamd' })).toThrow(/CLAMAV_URL/);
  });

  it('should require a 32-byte SSO secret key in production and refuse plain-http providers there', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const prod = { ...base, NODE_ENV: 'production', DEVICE_COOKIE_SECRET: 'x'.repeat(32) };
    expect(() => parseEnv(prod)).toThrow(/SSO_SECRET_KEY/);
    expect(() =>
      parseEnv({ ...base, SSO_SECRET_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/SSO_SECRET_KEY/);
    expect(parseEnv({ ...prod, SSO_SECRET_KEY: key }).SSO_SECRET_KEY).toBe(key);
    expect(() =>
      parseEnv({ ...prod, SSO_SECRET_KEY: key, SSO_ALLOW_INSECURE_HTTP: 'true' }),
    ).toThrow(/SSO_ALLOW_INSECURE_HTTP/);
  });
});
