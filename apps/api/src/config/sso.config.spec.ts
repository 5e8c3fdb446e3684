import { demoSsoSeedEnv } from './sso.config';

describe('demoSsoSeedEnv', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('should read the demo sign-in settings without DATABASE_URL (npm start on the embedded database seeds before the API has one)', () => {
    delete process.env['DATABASE_URL'];
    delete process.env['SSO_SECRET_KEY'];
    process.env['DEMO_IDP_PORT'] = '4123';
    expect(demoSsoSeedEnv()).toEqual({ SSO_SECRET_KEY: undefined, DEMO_IDP_PORT: '4123' });
  });

  it('should refuse a malformed secret key with the setting named', () => {
    process.env['SSO_SECRET_KEY'] = 'short';
    expect(() => demoSsoSeedEnv()).toThrow(
      /SSO_SECRET_KEY: must be base64 of exactly 32 random bytes/,
    );
  });
});
