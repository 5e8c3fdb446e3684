import { setMaxListeners } from 'node:events';

import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

import { appLogger } from '../../common/logging/json-logger';
import { jobsConfig } from '../../config/app.config';

export type JobHandler<T> = (data: T, job: { id: string; retryCount?: number }) => Promise<void>;

export interface EnqueueOptions {
  /** Run inside this TypeORM transaction: the job exists only if it commits. */
  manager?: EntityManager;
  startAfter?: Date | number;
  singletonKey?: string;
  retryLimit?: number;
}

/** How a queue is worked. */
export interface QueueOptions {
  /** Schedule it (cron syntax, Europe/London): one job per tick across every replica. */
  cron?: string;
  /**
   * Jobs fetched (and run side by side) per poll. A full batch polls again at once, so a
   * backlog drains as fast as the handlers run, not one job per polling interval.
   * Default 10 (1 for cron queues).
   */
  batchSize?: number;
  /**
   * At most one job per singleton key waits in the queue (pg-boss's "short" policy): a
   * second send with the same key while the first has not started is dropped. For
   * idempotent per-row jobs (an email, a registration's first notice) that a sweep may
   * queue again while a backlog is being worked off.
   */
  dedupeWaiting?: boolean;
}

interface Registration extends QueueOptions {
  name: string;
  handler: JobHandler<unknown>;
}

const DEFAULT_BATCH = 10;
const POLL_MS = 1000;
/** The most jobs one coalesced INSERT carries. */
const MAX_COALESCED = 500;

/** A job waiting for the next coalesced INSERT, with its caller's promise. */
interface PendingJob {
  job: {
    name: string;
    data: object;
    singletonKey?: string;
    retryLimit: number;
    retryDelay: number;
    retryBackoff: boolean;
  };
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Background jobs on the same PostgreSQL (pg-boss, schema "pgboss"): mail,
 * reminders, offer expiry, digests, retention purges. Features register
 * handlers in their module's onModuleInit; workers start after bootstrap
 * (disabled with JOBS_WORKERS=false, e.g. in tests that drain queues by hand).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly registrations = new Map<string, Registration>();
  private started?: Promise<void>;
  private readonly queues = new Map<string, Promise<void>>();
  /** Whether this process's workers are polling (set once bootstrap has started them). */
  private working = false;
  private stopped = false;
  /** This process's fetch loops, one per queue; shutdown waits for their current batch. */
  private readonly loops: Promise<void>[] = [];
  /** Wakes the loops' idle waits at shutdown. */
  private readonly stopSignal = new AbortController();
  /** Jobs for sendCoalesced waiting for the INSERT in flight to finish. */
  private pending: PendingJob[] = [];
  private flushing = false;

  constructor(@Inject(jobsConfig.KEY) private readonly config: ConfigType<typeof jobsConfig>) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'mic-jobs',
      supervise: config.workers,
      schedule: config.workers,
    });
    // Every idle fetch loop (one per queue) waits on this signal at the same time.
    setMaxListeners(0, this.stopSignal.signal);
    this.boss.on('error', (error: Error) =>
      appLogger().write('error', 'job queue error', { error: error.message }),
    );
  }

  /** Registers a queue and its handler; a string is a cron schedule (Europe/London). */
  register<T>(name: string, handler: JobHandler<T>, options?: string | QueueOptions): void {
    const opts = typeof options === 'string' ? { cron: options } : (options ?? {});
    this.registrations.set(name, { ...opts, name, handler: handler as JobHandler<unknown> });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureStarted();
    if (!this.config.workers) return;
    for (const reg of this.registrations.values()) {
      this.loops.push(this.workLoop(reg, reg.batchSize ?? (reg.cron ? 1 : DEFAULT_BATCH)));
      if (reg.cron) await this.boss.schedule(reg.name, reg.cron, {}, { tz: 'Europe/London' });
    }
    this.working = true;
  }

  /** For readiness: are this process's workers running (or deliberately off)? */
  workerState(): { enabled: boolean; running: boolean } {
    return { enabled: this.config.workers, running: this.working && !this.stopped };
  }

  /** Per queue: jobs waiting (created or retrying), failed jobs kept, and the age of the oldest waiting job. */
  async queueStats(): Promise<
    { queue: string; waiting: number; failed: number; oldestSeconds: number }[]
  > {
    await this.ensureStarted();
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name AS queue,
              count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
              count(*) FILTER (WHERE state = 'failed')::int AS failed,
              coalesce(extract(epoch FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry') AND start_after <= now())), 0)::float AS "oldestSeconds"
         FROM pgboss.job GROUP BY name`,
      [],
    );
    return rows as { queue: string; waiting: number; failed: number; oldestSeconds: number }[];
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.stopSignal.abort();
    await Promise.all(this.loops);
    if (this.started) await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  private ensureStarted(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const name of this.registrations.keys()) await this.ensureQueue(name);
    })();
    return this.started;
  }

  private ensureQueue(name: string): Promise<void> {
    let ready = this.queues.get(name);
    if (!ready) {
      ready = (async () => {
        // pg-boss creates a queue (a partition of pgboss.job, with foreign keys) without a lock: two
        // replicas creating different queues at boot can deadlock on pgboss.job. The loser retries.
        const policy = this.registrations.get(name)?.dedupeWaiting ? 'short' : 'standard';
        for (let attempt = 1; ; attempt += 1) {
          if (await this.matchQueue(name, policy)) return;
          try {
            await this.boss.createQueue(name, { name, policy });
            return;
          } catch (error) {
            // Another process created it first.
            if (await this.matchQueue(name, policy)) return;
            if (!isRetryableDdlConflict(error) || attempt >= 5) throw error;
            await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
          }
        }
      })();
      this.queues.set(name, ready);
    }
    return ready;
  }

  /** Whether the queue exists; brings an existing queue's policy in line with its registration. */
  private async matchQueue(name: string, policy: 'short' | 'standard'): Promise<boolean> {
    const queue = await this.boss.getQueue(name);
    if (!queue) return false;
    if (queue.policy !== policy) await this.boss.updateQueue(name, { name, policy });
    return true;
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    await this.ensureStarted();
    await this.ensureQueue(name);
    const manager = options.manager;
    return this.boss.send(name, data, {
      retryLimit: options.retryLimit ?? 5,
      retryDelay: 15,
      retryBackoff: true,
      startAfter: options.startAfter instanceof Date ? options.startAfter : options.startAfter,
      singletonKey: options.singletonKey,
      db: manager
        ? {
            executeSql: async (text: string, values: unknown[]) => ({
              rows: (await manager.query(text, values)) as unknown[],
            }),
          }
        : undefined,
    });
  }

  /**
   * Like send (no transaction, no start time), but sends made while an earlier one is
   * still on its way to the database are queued together in ONE insert ("group commit").
   * Idle, a job is inserted at once; under a burst (hundreds of registrations each
   * queueing its first email) the round trips and pg-boss pool waits fall from one per
   * job to one per batch. Resolves once the job's insert has committed; rejects if it
   * failed (a job with a singletonKey that is already waiting is dropped, as with send).
   */
  async sendCoalesced<T extends object>(
    name: string,
    data: T,
    options: { singletonKey?: string; retryLimit?: number } = {},
  ): Promise<void> {
    await this.ensureStarted();
    await this.ensureQueue(name);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({
        job: {
          name,
          data,
          singletonKey: options.singletonKey,
          retryLimit: options.retryLimit ?? 5,
          retryDelay: 15,
          retryBackoff: true,
        },
        resolve,
        reject,
      });
      if (!this.flushing) void this.flushPending();
    });
  }

  /** Inserts the waiting jobs, a batch at a time, until none are left. Never rejects. */
  private async flushPending(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, MAX_COALESCED);
        try {
          await this.boss.insert(batch.map((p) => p.job));
          for (const p of batch) p.resolve();
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * Fetches and runs every job of a queue that is due now, in this process.
   * Used by tests and benchmarks to drive jobs deterministically.
   */
  async drain(name: string): Promise<number> {
    await this.ensureStarted();
    const reg = this.registrations.get(name);
    if (!reg) throw new Error(`no handler registered for ${name}`);
    let ran = 0;
    for (;;) {
      const jobs = await this.boss.fetch<unknown>(name, { batchSize: 10 });
      if (!jobs?.length) return ran;
      for (const job of jobs) {
        await this.runOne(reg, job);
        ran += 1;
      }
    }
  }

  /**
   * One queue's worker: fetch a batch, run it side by side, and fetch again at once
   * while batches come back full (a backlog drains as fast as the handlers run);
   * otherwise wait the polling interval. Our own loop rather than pg-boss's work():
   * that one completes or fails a batch without awaiting it, so a database outage
   * at that moment became an unhandled rejection that killed the process.
   */
  private async workLoop(reg: Registration, batchSize: number): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let jobs: PgBoss.Job<unknown>[] = [];
      try {
        jobs = (await this.boss.fetch<unknown>(reg.name, { batchSize })) ?? [];
        failures = 0;
      } catch (error) {
        failures += 1;
        // The database is away (or the pooler is refusing): back off up to 10 s, then try again.
        if (failures === 1 || failures % 10 === 0)
          appLogger().write('warn', 'job fetch failed; retrying', {
            queue: reg.name,
            error: error instanceof Error ? error.message : String(error),
          });
        await this.idle(Math.min(10_000, 500 * 2 ** Math.min(failures, 5)));
        continue;
      }
      await Promise.all(jobs.map((job) => this.runOne(reg, job)));
      if (jobs.length < batchSize) await this.idle(POLL_MS);
    }
  }

  /** Waits, or returns early when the process is shutting down. */
  private idle(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const signal = this.stopSignal.signal;
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        // A listener left on the long-lived signal after every wait was a leak (one per queue
        // per second, with its closure): remove it whichever way the wait ended.
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Runs a job and records the outcome; never rejects (a job left active expires and is retried). */
  private async runOne(reg: Registration, job: PgBoss.Job<unknown>): Promise<void> {
    try {
      await reg.handler(job.data, { id: job.id });
      await this.boss.complete(reg.name, job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      appLogger().write('warn', 'job failed', { queue: reg.name, jobId: job.id, error: message });
      try {
        await this.boss.fail(reg.name, job.id, { message });
      } catch (failError) {
        appLogger().write('warn', 'job outcome not recorded; it will expire and run again', {
          queue: reg.name,
          jobId: job.id,
          error: failError instanceof Error ? failError.message : String(failError),
        });
      }
    }
  }
}

/** Deadlock, serialization failure, or a concurrent catalog update on the same table. */
function isRetryableDdlConflict(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === '40P01' || code === '40001' || code === 'XX000' || code === '42P07' || code === '23505'
  );
}
