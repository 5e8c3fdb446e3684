import { DiscoveryService } from '@nestjs/core';

/** One gauge a feature contributes to /metrics: read when Prometheus scrapes. */
export interface GaugeSpec {
  name: string;
  help: string;
  labelNames?: readonly string[];
  /** Current values (one per label set); called on every scrape. */
  read: () => Promise<{ labels?: Record<string, string>; value: number }[]>;
}

/** What one readiness check found. */
export interface ReadinessResult {
  ok: boolean;
  /** Why it is not ready (or a note when it is), without personal data. */
  detail?: string;
}

/**
 * A feature's operational signals: gauges for /metrics and a readiness check
 * for /health/ready. Mark the provider with @OperationalSignals; the
 * observability part finds every one at boot and imports no feature.
 */
export interface OperationalSignalSource {
  gauges?(): GaugeSpec[];
  readiness?(): Promise<ReadinessResult>;
}

export interface OperationalSignalsOptions {
  /** The contributing feature; also the readiness check's name. */
  feature: string;
}

export const OperationalSignals = DiscoveryService.createDecorator<OperationalSignalsOptions>();
