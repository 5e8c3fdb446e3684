import { Injectable } from '@nestjs/common';

import { OperationalSignals } from '../../common/observability/operational-signals';
import type {
  GaugeSpec,
  OperationalSignalSource,
  ReadinessResult,
} from '../../common/observability/operational-signals';
import { JobsService } from './jobs.service';

/** The job queue's part in /metrics (depth, failures, oldest waiting job) and /health/ready (workers running). */
@Injectable()
@OperationalSignals({ feature: 'jobs' })
export class JobsSignals implements OperationalSignalSource {
  private cached?: { at: number; stats: ReturnType<JobsService['queueStats']> };

  constructor(private readonly jobs: JobsService) {}

  /** One query per scrape for the three gauges. */
  private stats(): ReturnType<JobsService['queueStats']> {
    if (!this.cached || Date.now() - this.cached.at > 1000)
      this.cached = { at: Date.now(), stats: this.jobs.queueStats() };
    return this.cached.stats;
  }

  readiness(): Promise<ReadinessResult> {
    const state = this.jobs.workerState();
    if (!state.enabled)
      return Promise.resolve({
        ok: true,
        detail: 'workers off in this process (JOBS_WORKERS=false)',
      });
    return Promise.resolve(
      state.running
        ? { ok: true, detail: 'workers running' }
        : { ok: false, detail: 'job workers not running' },
    );
  }

  gauges(): GaugeSpec[] {
    const stats = () => this.stats();
    return [
      {
        name: 'mic_job_queue_depth',
        help: 'Jobs waiting to run (created or retrying), by queue',
        labelNames: ['queue'],
        read: async () =>
          (await stats()).map((s) => ({ labels: { queue: s.queue }, value: s.waiting })),
      },
      {
        name: 'mic_job_failed',
        help: 'Failed jobs kept by the queue, by queue',
        labelNames: ['queue'],
        read: async () =>
          (await stats()).map((s) => ({ labels: { queue: s.queue }, value: s.failed })),
      },
      {
        name: 'mic_job_oldest_waiting_seconds',
        help: 'Age of the oldest job that is due and waiting, by queue',
        labelNames: ['queue'],
        read: async () =>
          (await stats()).map((s) => ({ labels: { queue: s.queue }, value: s.oldestSeconds })),
      },
    ];
  }
}
