// Reads infra/terraform offline: every .tf file is parsed with @cdktf/hcl2json, which runs
// HashiCorp's own HCL parser compiled to WebAssembly (pinned at 0.21.0: it installs and runs
// on Node 20, needs no Terraform binary and no provider download, and rejects what
// `terraform init` would reject as a syntax error). Interpolations come back as "${...}" strings.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from '@cdktf/hcl2json';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const terraformDir = path.join(repoRoot, 'infra/terraform');

export type HclValue = string | number | boolean | null | HclBody | HclValue[];
export interface HclBody {
  [key: string]: HclValue;
}

export interface TerraformFile {
  name: string;
  text: string;
  json: HclBody;
}

export interface Terraform {
  files: TerraformFile[];
  /** resource type => resource name => body */
  resources: Record<string, Record<string, HclBody>>;
  variables: Record<string, HclBody>;
  locals: HclBody;
  outputs: Record<string, HclBody>;
  terraformBlocks: HclBody[];
}

export function isBody(value: HclValue | undefined): value is HclBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nested blocks called `name` (hcl2json gives every block as an array of bodies). */
export function blocks(body: HclBody | undefined, name: string): HclBody[] {
  const value = body?.[name];
  if (Array.isArray(value)) return value.filter(isBody);
  return isBody(value) ? [value] : [];
}

/** The `dynamic "<name>"` blocks of a body: their content bodies and for_each expressions. */
export function dynamicBlocks(
  body: HclBody | undefined,
  name: string,
): { content: HclBody; forEach: string }[] {
  return blocks(body, 'dynamic').flatMap((dynamic) =>
    blocks(dynamic, name).flatMap((block) =>
      blocks(block, 'content').map((content) => ({
        content,
        forEach: String(block['for_each'] ?? ''),
      })),
    ),
  );
}

export async function parseTerraformText(name: string, text: string): Promise<HclBody> {
  return (await parse(name, text)) as HclBody;
}

export async function loadTerraform(dir = terraformDir): Promise<Terraform> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .sort();
  const files: TerraformFile[] = [];
  for (const name of names) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    files.push({ name, text, json: await parseTerraformText(name, text) });
  }
  const tf: Terraform = {
    files,
    resources: {},
    variables: {},
    locals: {},
    outputs: {},
    terraformBlocks: [],
  };
  for (const { json } of files) {
    const resources = isBody(json['resource']) ? json['resource'] : {};
    for (const [type, byName] of Object.entries(resources)) {
      if (!isBody(byName)) continue;
      tf.resources[type] ??= {};
      for (const [name, body] of Object.entries(byName)) {
        const first = blocks(byName, name)[0];
        if (first) tf.resources[type][name] = first;
        else if (isBody(body)) tf.resources[type][name] = body;
      }
    }
    const variables = isBody(json['variable']) ? json['variable'] : {};
    for (const name of Object.keys(variables)) {
      const first = blocks(variables, name)[0];
      if (first) tf.variables[name] = first;
    }
    for (const locals of blocks(json, 'locals')) Object.assign(tf.locals, locals);
    const outputs = isBody(json['output']) ? json['output'] : {};
    for (const name of Object.keys(outputs)) {
      const first = blocks(outputs, name)[0];
      if (first) tf.outputs[name] = first;
    }
    tf.terraformBlocks.push(...blocks(json, 'terraform'));
  }
  return tf;
}

/**
 * Resolves the simple references the checks need: `${var.x}` (and `${tostring(var.x)}`) to the
 * variable's default, `${local.x}` to the local's expression. Anything else is returned as is.
 */
export function resolve(
  tf: Terraform,
  value: HclValue | undefined,
  depth = 0,
): HclValue | undefined {
  if (typeof value !== 'string' || depth > 5) return value;
  const variable = /^\$\{(?:tostring\()?var\.([a-z0-9_]+)\)?\}$/.exec(value);
  if (variable) return resolve(tf, tf.variables[variable[1]]?.['default'], depth + 1);
  const local = /^\$\{local\.([a-z0-9_]+)\}$/.exec(value);
  if (local) return resolve(tf, tf.locals[local[1]], depth + 1);
  return value;
}

/** A value that is only a Terraform expression (a reference or function call), not literal text. */
export function isExpression(value: HclValue | undefined): boolean {
  return typeof value === 'string' && /^\$\{[\s\S]*\}$/.test(value);
}

export interface ContainerEnvEntry {
  name: string;
  /** Literal text or a "${...}" expression. */
  value?: string;
  /** The app's `secret` this variable reads. */
  secretName?: string;
  /** Set only when a variable is given (a `dynamic "env"` block). */
  conditional: boolean;
}

export interface ContainerDefinition {
  /** e.g. azurerm_container_app.api/api */
  id: string;
  resourceType: string;
  resourceName: string;
  resource: HclBody;
  container: HclBody;
  /** The image, with locals resolved. */
  image: string;
  env: ContainerEnvEntry[];
}

export function containerEnv(container: HclBody): ContainerEnvEntry[] {
  const entry = (body: HclBody, conditional: boolean): ContainerEnvEntry => ({
    name: String(body['name']),
    value: body['value'] === undefined ? undefined : String(body['value']),
    secretName: body['secret_name'] === undefined ? undefined : String(body['secret_name']),
    conditional,
  });
  return [
    ...blocks(container, 'env').map((body) => entry(body, false)),
    ...dynamicBlocks(container, 'env').map(({ content }) => entry(content, true)),
  ];
}

/** Every container of every container app and container app job. */
export function containerDefinitions(tf: Terraform): ContainerDefinition[] {
  const result: ContainerDefinition[] = [];
  for (const resourceType of ['azurerm_container_app', 'azurerm_container_app_job']) {
    for (const [resourceName, resource] of Object.entries(tf.resources[resourceType] ?? {})) {
      for (const template of blocks(resource, 'template')) {
        for (const container of blocks(template, 'container')) {
          result.push({
            id: `${resourceType}.${resourceName}/${String(container['name'])}`,
            resourceType,
            resourceName,
            resource,
            container,
            image: String(resolve(tf, container['image'])),
            env: containerEnv(container),
          });
        }
      }
    }
  }
  return result;
}
