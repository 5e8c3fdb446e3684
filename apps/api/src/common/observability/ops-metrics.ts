import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

import { discoverContributions } from '../contributions/discover-contributions';
import { OperationalSignals } from './operational-signals';
import type {
  OperationalSignalSource,
  OperationalSignalsOptions,
  ReadinessResult,
} from './operational-signals';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface PgPoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The API's Prometheus registry (one per application): HTTP and GraphQL
 * durations, errors by code, the database pool, and every gauge features
 * contribute through @OperationalSignals.
 */
@Injectable()
export class OpsMetrics implements OnModuleInit {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'mic_http_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'mic_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'mic_errors_total',
    help: 'Errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readiness: Record<string, () => Promise<ReadinessResult>> = {};
  /** Each contributing feature with the gauges it added. */
  private readonly contributed = new Map<string, string[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'mic_' });
    const pool = (): PgPoolLike | undefined =>
      (this.db.driver as unknown as { master?: PgPoolLike }).master;
    new Gauge({
      name: 'mic_db_pool_connections',
      help: 'Database pool connections by state (in_use, idle, waiting clients)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'in_use' }, p ? p.totalCount - p.idleCount : 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
  }

  onModuleInit(): void {
    const found = discoverContributions<OperationalSignalsOptions, OperationalSignalSource>(
      this.discovery,
      OperationalSignals,
    );
    for (const { meta, instance } of found) {
      if (instance.readiness) {
        if (this.readiness[meta.feature])
          throw new Error(`readiness check "${meta.feature}" is declared twice`);
        this.readiness[meta.feature] = () => instance.readiness!();
      }
      const gauges = instance.gauges?.() ?? [];
      this.contributed.set(
        meta.feature,
        gauges.map((g) => g.name),
      );
      for (const spec of gauges) {
        new Gauge({
          name: spec.name,
          help: spec.help,
          labelNames: [...(spec.labelNames ?? [])],
          registers: [this.registry],
          async collect() {
            this.reset();
            for (const sample of await spec.read()) this.set(sample.labels ?? {}, sample.value);
          },
        });
      }
    }
  }

  /** The gauges each feature contributes, by feature. */
  contributions(): Record<string, string[]> {
    return Object.fromEntries(this.contributed);
  }

  /** Readiness checks contributed by features, by feature name. */
  contributedReadiness(): Record<string, () => Promise<ReadinessResult>> {
    return { ...this.readiness };
  }
}
