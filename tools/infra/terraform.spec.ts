// The Azure deployment (infra/terraform) checked offline: Terraform and its providers cannot run
// where this is developed, so every file is parsed with HashiCorp's HCL parser (wasm) and its
// structure is asserted: the resources issue #16 asks for, replica limits, secrets from Key Vault
// through a managed identity, no secret written in a file, no demo mode.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  blocks,
  containerDefinitions,
  dynamicBlocks,
  isExpression,
  loadTerraform,
  parseTerraformText,
  resolve,
  terraformDir,
} from './terraform';
import type { HclBody, HclValue, Terraform } from './terraform';

/** Attribute names whose value is a secret (and so must never be literal text). */
const SECRET_ATTRIBUTE =
  /(password|secret|token|connection_string|access_key|private_key|(^|_)key)$/i;
/** Variable names that carry secrets: sensitive, no default, never in a tfvars file. */
const SECRET_VARIABLE = /(password|secret|token|connection_string|smtp_url|_key)$/i;

/** Literal text that looks like a secret, wherever it appears in a .tf or .tfvars file. */
const SECRET_TEXT: { pattern: RegExp; what: string }[] = [
  {
    pattern: /[a-z][a-z0-9+.-]*:\/\/[^\s:@/"$]+:[^\s@/"$]+@/i,
    what: 'a URL with a password in it',
  },
  {
    pattern: /AccountKey=|SharedAccessSignature=|sig=[A-Za-z0-9%]{20,}/,
    what: 'a storage key or SAS',
  },
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: 'a private key' },
  {
    pattern: /(?<![A-Za-z0-9+/$.{_-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])/,
    what: 'a long random-looking token',
  },
];

/** Every problem of the "no secret literal" rule in one parsed file. */
export function secretLiteralProblems(file: string, text: string, json: HclBody): string[] {
  const problems: string[] = [];
  for (const { pattern, what } of SECRET_TEXT) {
    const match = pattern.exec(text);
    if (match) problems.push(`${file}: ${what}: ${match[0].slice(0, 12)}…`);
  }
  const walk = (value: HclValue, trail: string[]): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, trail));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        // Names and ids of secrets (secret_name, key_vault_secret_id) are not secrets.
        const isSecretKey = SECRET_ATTRIBUTE.test(key) && !/(_name|_names|_id|_ids)$/.test(key);
        if (isSecretKey && typeof child === 'string' && child.length > 0 && !isExpression(child)) {
          problems.push(`${file}: ${[...trail, key].join('.')} is literal text`);
        }
        walk(child, [...trail, key]);
      }
    }
  };
  // Variable blocks are checked separately (a default is how a literal would sneak in).
  const { variable: _variables, ...rest } = json;
  walk(rest, []);
  return problems;
}

function resource(tf: Terraform, type: string, name: string): HclBody {
  const body = tf.resources[type]?.[name];
  if (!body) throw new Error(`${type}.${name} is missing`);
  return body;
}

describe('infra/terraform (parsed offline)', () => {
  let tf: Terraform;

  beforeAll(async () => {
    tf = await loadTerraform();
  });

  it('should parse every .tf file with the HCL parser', () => {
    expect(tf.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'versions.tf',
        'variables.tf',
        'outputs.tf',
        'container-apps.tf',
        'postgres.tf',
      ]),
    );
    for (const file of tf.files) expect(Object.keys(file.json).length).toBeGreaterThan(0);
  });

  it('should pin Terraform and every provider to an exact version', () => {
    const providers = tf.terraformBlocks.flatMap((t) => blocks(t, 'required_providers'));
    const pinned = Object.assign({}, ...providers) as Record<string, HclBody>;
    expect(Object.keys(pinned).sort()).toEqual(['azurerm', 'random']);
    for (const [name, spec] of Object.entries(pinned)) {
      expect({ name, version: spec['version'] }).toEqual({
        name,
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      });
    }
    expect(String(pinned['azurerm']['source'])).toBe('hashicorp/azurerm');
    expect(tf.terraformBlocks.some((t) => typeof t['required_version'] === 'string')).toBe(true);
  });

  it('should declare the resources of the deployment', () => {
    const expected = [
      'azurerm_resource_group.main',
      'azurerm_log_analytics_workspace.main',
      'azurerm_container_app_environment.main',
      'azurerm_container_app.api',
      'azurerm_container_app.web',
      'azurerm_container_app_job.migrate',
      'azurerm_postgresql_flexible_server.main',
      'azurerm_postgresql_flexible_server_database.app',
      'azurerm_storage_account.files',
      'azurerm_storage_container.files',
      'azurerm_key_vault.main',
      'azurerm_key_vault_secret.app',
      'azurerm_user_assigned_identity.apps',
    ];
    const declared = Object.entries(tf.resources).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${type}.${name}`),
    );
    expect(declared).toEqual(expect.arrayContaining(expected));
    const env = resource(tf, 'azurerm_container_app_environment', 'main');
    expect(env['log_analytics_workspace_id']).toBe('${azurerm_log_analytics_workspace.main.id}');
  });

  it('should run the API on 2 to 10 replicas scaled on HTTP concurrency, and the web on at least 2', () => {
    const api = blocks(resource(tf, 'azurerm_container_app', 'api'), 'template')[0];
    expect(resolve(tf, api['min_replicas'])).toBe(2);
    expect(resolve(tf, api['max_replicas'])).toBe(10);
    const rule = blocks(api, 'http_scale_rule')[0];
    expect(rule).toBeDefined();
    expect(Number(resolve(tf, rule['concurrent_requests']))).toBeGreaterThan(0);

    const web = blocks(resource(tf, 'azurerm_container_app', 'web'), 'template')[0];
    expect(Number(resolve(tf, web['min_replicas']))).toBeGreaterThanOrEqual(2);
    expect(Number(resolve(tf, web['max_replicas']))).toBeGreaterThanOrEqual(2);
  });

  it('should switch traffic between revisions and run migrations as a manually started job', () => {
    for (const name of ['api', 'web']) {
      const app = resource(tf, 'azurerm_container_app', name);
      expect(app['revision_mode']).toBe('Multiple');
      const ingress = blocks(app, 'ingress')[0];
      expect(dynamicBlocks(ingress, 'traffic_weight').map((d) => d.forEach)).toEqual([
        '${local.traffic}',
      ]);
      expect(blocks(app, 'template')[0]['revision_suffix']).toBe('${var.image_tag}');
    }
    const job = resource(tf, 'azurerm_container_app_job', 'migrate');
    expect(blocks(job, 'manual_trigger_config')).toHaveLength(1);
    expect(blocks(job, 'schedule_trigger_config')).toHaveLength(0);
    const container = blocks(blocks(job, 'template')[0], 'container')[0];
    expect(container['args']).toEqual(['migrate']);
    expect(String(resolve(tf, container['image']))).toMatch(/\/mic-api:/);
  });

  it('should probe liveness on /health/live and API readiness on /health/ready', () => {
    const probe = (app: string, kind: string) =>
      blocks(
        blocks(blocks(resource(tf, 'azurerm_container_app', app), 'template')[0], 'container')[0],
        kind,
      )[0];
    expect(probe('api', 'liveness_probe')['path']).toBe('/health/live');
    expect(probe('api', 'readiness_probe')['path']).toBe('/health/ready');
    expect(probe('web', 'liveness_probe')['path']).toBe('/health/live');
    const apiPort = blocks(resource(tf, 'azurerm_container_app', 'api'), 'ingress')[0][
      'target_port'
    ];
    expect(probe('api', 'liveness_probe')['port']).toBe(apiPort);
  });

  it('should run PostgreSQL Flexible Server with PgBouncer on, the search extensions allowed and HA by variable', () => {
    const configurations = Object.values(
      tf.resources['azurerm_postgresql_flexible_server_configuration'] ?? {},
    );
    const setting = (name: string) => configurations.find((c) => c['name'] === name)?.['value'];
    expect(setting('pgbouncer.enabled')).toBe('true');
    expect(String(setting('azure.extensions')).split(',').sort()).toEqual(['PG_TRGM', 'UNACCENT']);
    // The migrations need exactly the extensions that are allowed.
    const migrations = path.join(terraformDir, '../../apps/api/src/database/migrations');
    const created = new Set<string>();
    for (const file of readdirSync(migrations)) {
      const text = readFileSync(path.join(migrations, file), 'utf8');
      for (const m of text.matchAll(/CREATE EXTENSION (?:IF NOT EXISTS )?"?([a-z_]+)"?/gi))
        created.add(m[1].toUpperCase());
    }
    for (const extension of created)
      expect(String(setting('azure.extensions')).split(',')).toContain(extension);

    const server = resource(tf, 'azurerm_postgresql_flexible_server', 'main');
    const ha = dynamicBlocks(server, 'high_availability');
    expect(ha).toHaveLength(1);
    expect(ha[0].forEach).toContain('var.postgres_high_availability');
    expect(ha[0].content['mode']).toBe('ZoneRedundant');
    expect(tf.variables['postgres_high_availability']['type']).toBe('${bool}');
    expect(server['public_network_access_enabled']).toBe(false);
  });

  it('should keep uploads in a private blob container', () => {
    const account = resource(tf, 'azurerm_storage_account', 'files');
    expect(account['allow_nested_items_to_be_public']).toBe(false);
    expect(account['min_tls_version']).toBe('TLS1_2');
    const container = resource(tf, 'azurerm_storage_container', 'files');
    expect(container['container_access_type']).toBe('private');
  });

  it('should take every container secret from Key Vault through the user-assigned identity', () => {
    const identity = '${azurerm_user_assigned_identity.apps.id}';
    const vaultSecrets = resource(tf, 'azurerm_key_vault_secret', 'app');
    const names = tf.locals['key_vault_secret_names'] as string[];
    expect(vaultSecrets['for_each']).toBe('${toset(local.key_vault_secret_names)}');
    expect(isExpression(vaultSecrets['value'])).toBe(true);

    const reader = Object.values(tf.resources['azurerm_role_assignment'] ?? {}).find(
      (r) =>
        r['scope'] === '${azurerm_key_vault.main.id}' &&
        r['role_definition_name'] === 'Key Vault Secrets User',
    );
    expect(reader?.['principal_id']).toBe('${azurerm_user_assigned_identity.apps.principal_id}');
    expect(resource(tf, 'azurerm_key_vault', 'main')['enable_rbac_authorization']).toBe(true);

    const apps = [
      ...Object.values(tf.resources['azurerm_container_app'] ?? {}),
      ...Object.values(tf.resources['azurerm_container_app_job'] ?? {}),
    ];
    for (const app of apps) {
      const ids = blocks(app, 'identity').flatMap((i) => i['identity_ids'] as string[]);
      for (const secret of blocks(app, 'secret')) {
        expect(secret).not.toHaveProperty('value');
        expect(secret['identity']).toBe(identity);
        expect(ids).toContain(identity);
        const ref = /^\$\{azurerm_key_vault_secret\.app\["([a-z0-9-]+)"\]\.versionless_id\}$/.exec(
          String(secret['key_vault_secret_id']),
        );
        expect({ secret: secret['name'], ref: ref?.[1] }).toEqual({
          secret: secret['name'],
          ref: secret['name'],
        });
        expect(names).toContain(secret['name']);
      }
    }
  });

  it('should read secret-looking variables only from secrets, and every secret they name should exist', () => {
    const sensitive = /SECRET|PASSWORD|TOKEN|CONNECTION_STRING|_KEY$|^DATABASE_URL$|^SMTP_URL$/;
    for (const def of containerDefinitions(tf)) {
      const secrets = blocks(def.resource, 'secret').map((s) => s['name']);
      for (const entry of def.env) {
        if (sensitive.test(entry.name)) {
          expect({ id: def.id, name: entry.name, literal: entry.value }).toEqual({
            id: def.id,
            name: entry.name,
            literal: undefined,
          });
        }
        if (entry.secretName)
          expect({
            id: def.id,
            secret: entry.secretName,
            exists: secrets.includes(entry.secretName),
          }).toEqual({ id: def.id, secret: entry.secretName, exists: true });
      }
    }
  });

  it('should write no secret as literal text in any .tf or .tfvars file', async () => {
    const problems: string[] = [];
    for (const file of tf.files)
      problems.push(...secretLiteralProblems(file.name, file.text, file.json));
    for (const [name, variable] of Object.entries(tf.variables)) {
      if (!SECRET_VARIABLE.test(name)) continue;
      if (variable['sensitive'] !== true) problems.push(`variable ${name} must be sensitive`);
      if ('default' in variable) problems.push(`variable ${name} must have no default`);
    }
    const example = readFileSync(path.join(terraformDir, 'terraform.tfvars.example'), 'utf8');
    const exampleJson = await parseTerraformText('terraform.tfvars.example', example);
    problems.push(...secretLiteralProblems('terraform.tfvars.example', example, exampleJson));
    for (const name of Object.keys(exampleJson)) {
      if (SECRET_VARIABLE.test(name))
        problems.push(`terraform.tfvars.example sets the secret ${name}`);
      if (!(name in tf.variables))
        problems.push(`terraform.tfvars.example sets ${name}, which is no variable`);
    }
    expect(problems).toEqual([]);
  });

  it('should catch a planted secret literal (the check bites)', async () => {
    const planted = [
      'resource "azurerm_postgresql_flexible_server" "x" {',
      '  administrator_password = "correct-horse-battery"',
      '}',
      'locals {',
      '  url = "postgres://admin:hunter2@db.example:5432/mic"',
      '}',
      '',
    ].join('\n');
    const problems = secretLiteralProblems(
      'planted.tf',
      planted,
      await parseTerraformText('planted.tf', planted),
    );
    expect(problems).toEqual([
      expect.stringContaining('a URL with a password in it'),
      expect.stringContaining('administrator_password is literal text'),
    ]);
  });

  it('should drive the release with outputs and variables that exist (infra/scripts/deploy.sh)', () => {
    const script = path.join(terraformDir, '../scripts/deploy.sh');
    execFileSync('bash', ['-n', script]);
    const text = readFileSync(script, 'utf8');
    const outputs = [...text.matchAll(/\$\(out ([a-z_]+)\)/g)].map((m) => m[1]);
    expect(outputs.length).toBeGreaterThan(0);
    for (const name of outputs) expect(Object.keys(tf.outputs)).toContain(name);
    const variables = [...text.matchAll(/-var ([a-z_]+)=/g)].map((m) => m[1]);
    expect(new Set(variables)).toEqual(
      new Set([
        'image_tag',
        'migration_image_tag',
        'stable_revision_suffix',
        'new_revision_traffic_percent',
      ]),
    );
    for (const name of variables) expect(Object.keys(tf.variables)).toContain(name);
    // The migration job runs and must succeed before any new revision is created.
    expect(text.indexOf('az containerapp job start')).toBeLessThan(
      text.indexOf('new_revision_traffic_percent=0'),
    );
  });

  it('should never turn demo mode, the mail catcher or plain-http sign-in on', () => {
    for (const def of containerDefinitions(tf)) {
      const env = Object.fromEntries(def.env.map((e) => [e.name, e.value]));
      expect({ id: def.id, demo: env['DEMO_MODE'] ?? 'false' }).toEqual({
        id: def.id,
        demo: 'false',
      });
      expect({ id: def.id, insecure: env['SSO_ALLOW_INSECURE_HTTP'] ?? 'false' }).toEqual({
        id: def.id,
        insecure: 'false',
      });
      expect(Object.keys(env)).not.toContain('MAIL_CATCHER_URL');
      expect(env['NODE_ENV']).toBe('production');
    }
    const everything = tf.files.map((f) => f.text).join('\n');
    expect(everything).not.toMatch(/DEMO_MODE"?\s*[=:]?\s*"?(true|1)\b/);
    expect(everything).not.toMatch(/mail-catcher|demo-idp/);
  });
});
