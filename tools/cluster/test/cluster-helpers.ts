// Helpers for the cluster tier: the running cluster's addresses, HTTP with a chosen
// client address (127.0.0.x), GraphQL, the direct database and HAProxy's stats socket.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

import { Client } from 'pg';

import { haproxyStatus as readHaproxyStatus } from '../haproxy-stats.cjs';
import type { DataSource } from 'typeorm';

export interface ClusterState {
  lbWebUrl: string;
  lbApiUrl: string;
  graphqlUrl: string;
  statsUrl: string;
  statsSocket: string;
  directDatabaseUrl: string;
  pooledDatabaseUrl: string;
  mailCatcherUrl: string | null;
  files: 'azure' | 'local';
  uploadDir: string | null;
  postgres: {
    port: number;
    dataDir: string;
    control: {
      start: { command: string; args: string[] };
      stop: { command: string; args: string[] };
    };
  } | null;
  api: { name: string; port: number; url: string }[];
  web: { name: string; port: number; url: string }[];
  stateDir: string;
}

export function clusterState(): ClusterState {
  const file = process.env.CLUSTER_STATE_FILE;
  if (!file)
    throw new Error(
      'CLUSTER_STATE_FILE is not set: run the cluster tier with tools/cluster/jest.config.cjs',
    );
  return JSON.parse(readFileSync(file, 'utf8')) as ClusterState;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: () => string;
  json: <T = unknown>() => T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The client's source address (any 127.0.0.x works on Linux loopback). */
  localAddress?: string;
  timeoutMs?: number;
}

const agent = new http.Agent({ keepAlive: false });

/** One HTTP request with node:http (so the source address can be chosen). */
export function request(url: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(options.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(options.body)) }
            : {}),
          ...options.headers,
        },
        localAddress: options.localAddress,
        agent,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: () => body.toString('utf8'),
            json: <T>() => JSON.parse(body.toString('utf8')) as T,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL POST (never retried by HAProxy once it reached a replica). */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: {
    token?: string;
    headers?: Record<string, string>;
    localAddress?: string;
    timeoutMs?: number;
  } = {},
): Promise<GqlResult<T>> {
  const res = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // The API's CSRF check wants this on cookie-less GraphQL posts too.
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
    localAddress: options.localAddress,
    timeoutMs: options.timeoutMs,
  });
  let parsed: { data?: T; errors?: GqlResult<T>['errors'] } = {};
  try {
    parsed = res.json();
  } catch {
    parsed = { errors: [{ message: `HTTP ${res.status}: ${res.text().slice(0, 200)}` }] };
  }
  return { status: res.status, ...parsed };
}

/** A client on the database, directly (not through the pooler). */
export async function directDb(): Promise<Client> {
  const client = new Client({ connectionString: clusterState().directDatabaseUrl });
  await client.connect();
  return client;
}

/** The minimum of TypeORM's DataSource the integration factories use, over a pg Client. */
export function asDataSource(client: Client): DataSource {
  return {
    query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows,
  } as unknown as DataSource;
}

/** `show stat` on HAProxy's admin socket: status per "backend/server". */
export function haproxyStatus(
  socket = clusterState().statsSocket,
): Promise<Map<string, { status: string; total: number }>> {
  return readHaproxyStatus(socket);
}

/** The pid of the live process whose command line carries `--cluster-replica=<stateDir>/<name>`. */
export function replicaPid(name: string): number | null {
  const marker = `--cluster-replica=${clusterState().stateDir}/${name}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.includes(marker)) return Number(entry);
    } catch {
      /* exited */
    }
  }
  return null;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until HAProxy sees every API and web replica UP (after a test restarted something). */
export async function waitForAllUp(timeoutMs = 90_000): Promise<void> {
  const state = clusterState();
  await waitFor(
    'every replica UP in HAProxy',
    async () => {
      const stats = await haproxyStatus();
      return [
        ...state.api.map((r) => `api_replicas/${r.name}`),
        ...state.web.map((r) => `web_replicas/${r.name}`),
      ].every((key) => stats.get(key)?.status === 'UP');
    },
    timeoutMs,
    500,
  );
}
