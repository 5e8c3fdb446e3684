// Environment coverage: the Terraform container definitions against the config schemas the
// images validate at boot (apps/api/src/config/env.schema.ts, apps/web/src/lib/config/server-env.ts).
// The rule (env-contract.ts): every variable required in production is set on every container
// that runs the image; every variable set is read by that image; development-only variables are
// never set. Which schema applies follows from the container's image (mic-api or mic-web; the
// migration job runs mic-api's `migrate`, which reads DATABASE_URL only).
import { z } from 'zod';

import { envSchema } from '../../apps/api/src/config/env.schema';
import {
  apiContract,
  contractOf,
  envViolations,
  literalParseProblems,
  migrationContract,
  PENDING_KEYS,
  webContract,
} from './env-contract';
import type { EnvContract, EnvSchema } from './env-contract';
import { containerDefinitions, loadTerraform } from './terraform';
import type { ContainerDefinition, Terraform } from './terraform';

function contractFor(
  def: ContainerDefinition,
  api: EnvContract,
  web: EnvContract,
): { contract: EnvContract; pending: string[] } {
  if (/\/mic-web:/.test(def.image)) return { contract: web, pending: PENDING_KEYS['web'] };
  if (/\/mic-api:/.test(def.image)) {
    const migrate = JSON.stringify(def.container['args'] ?? []) === '["migrate"]';
    return { contract: migrate ? migrationContract(api) : api, pending: PENDING_KEYS['api'] };
  }
  throw new Error(`${def.id}: runs ${def.image}, which is neither mic-api nor mic-web`);
}

function coverage(tf: Terraform, api: EnvContract, web: EnvContract): string[] {
  return containerDefinitions(tf).flatMap((def) => {
    const { contract, pending } = contractFor(def, api, web);
    return envViolations(def.id, def.env, contract, pending);
  });
}

describe('environment coverage (Terraform containers vs config schemas)', () => {
  let tf: Terraform;
  const api = apiContract();
  const web = webContract();

  beforeAll(async () => {
    tf = await loadTerraform();
  });

  it('should derive the contracts from the schemas', () => {
    // A sample of what the probe finds, so a broken probe cannot pass silently.
    expect([...api.requiredInProduction]).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'DEVICE_COOKIE_SECRET',
        'SSO_SECRET_KEY',
        'WEB_ORIGIN',
        'TRUST_PROXY',
      ]),
    );
    expect(api.requiredInProduction.has('LOG_LEVEL')).toBe(false);
    expect(api.keys.size).toBe(Object.keys(envSchema.shape).length);
    expect([...web.requiredInProduction]).toEqual(
      expect.arrayContaining(['API_URL', 'WEB_PUBLIC_URL']),
    );
    expect(web.forbidden.has('MAIL_CATCHER_URL')).toBe(true);
  });

  it('should find one container per image: API, web and the migration job', () => {
    const ids = containerDefinitions(tf)
      .map((d) => d.id)
      .sort();
    expect(ids).toEqual([
      'azurerm_container_app.api/api',
      'azurerm_container_app.web/web',
      'azurerm_container_app_job.migrate/migrate',
    ]);
  });

  it('should set every variable required in production and nothing the images do not read', () => {
    expect(coverage(tf, api, web)).toEqual([]);
  });

  it('should set only values the schemas accept in production', () => {
    const problems = containerDefinitions(tf).flatMap((def) => {
      const schema = /\/mic-web:/.test(def.image) ? undefined : (envSchema as unknown as EnvSchema);
      return schema ? literalParseProblems(def.id, def.env, schema) : [];
    });
    expect(problems).toEqual([]);
  });

  it('should report a variable set but read by nobody (planted in memory)', () => {
    const planted = structuredClone(tf);
    const app = planted.resources['azurerm_container_app']['api'];
    const container = (app['template'] as { container: { env: unknown[] }[] }[])[0].container[0];
    container.env.push({ name: 'NOT_READ_BY_ANYONE', value: 'x' });
    expect(coverage(planted, api, web)).toEqual([
      'azurerm_container_app.api/api: NOT_READ_BY_ANYONE is set but read by nobody (not in the api schema)',
    ]);
  });

  it('should report a required variable the containers lack (planted in memory)', () => {
    const planted = structuredClone(tf);
    const app = planted.resources['azurerm_container_app']['web'];
    const container = (app['template'] as { container: { env: { name: string }[] }[] }[])[0]
      .container[0];
    container.env = container.env.filter((e) => e.name !== 'API_URL');
    expect(coverage(planted, api, web)).toEqual([
      'azurerm_container_app.web/web: API_URL is required in production (web schema) but not set',
    ]);

    // A new variable the API will require in production, added to the schema only.
    const grown = (envSchema as unknown as EnvSchema).extend({
      NEW_REQUIRED_SETTING: z.string().min(1),
    });
    expect(coverage(tf, contractOf('api', grown), web)).toEqual([
      'azurerm_container_app.api/api: NEW_REQUIRED_SETTING is required in production (api schema) but not set',
    ]);
  });

  it('should report development-only settings and demo mode (planted in memory)', () => {
    const planted = structuredClone(tf);
    const web = planted.resources['azurerm_container_app']['web'];
    const webContainer = (web['template'] as { container: { env: unknown[] }[] }[])[0].container[0];
    webContainer.env.push({ name: 'MAIL_CATCHER_URL', value: 'http://127.0.0.1:1080' });
    expect(coverage(planted, api, webContract())).toEqual([
      'azurerm_container_app.web/web: MAIL_CATCHER_URL is development-only and must not be set',
    ]);
    const env = [
      ...containerDefinitions(tf).find((d) => d.id === 'azurerm_container_app.api/api')!.env,
      { name: 'DEMO_MODE', value: 'true', conditional: false },
    ];
    expect(literalParseProblems('api', env, envSchema as unknown as EnvSchema)).toEqual([
      'api: DEMO_MODE: demo mode is refused when NODE_ENV=production',
    ]);
  });
});
