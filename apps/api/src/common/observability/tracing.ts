import { loadEnv } from '../../config/env.schema';

let started = false;

/**
 * OpenTelemetry traces over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 * Otherwise nothing is loaded at all (the SDK is required lazily, here only).
 * Must run before anything loads `http` (main.ts imports it first), so the
 * HTTP instrumentation can wrap incoming and outgoing requests. Spans carry
 * routes and status codes, never bodies or personal data; /health and
 * /metrics are not traced.
 */
export function startTracing(): boolean {
  if (started) return true;
  const env = loadEnv();
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK, tracing } =
    require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exporter = new OTLPTraceExporter({
    url: `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`,
  });
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME,
    spanProcessors: [new tracing.BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? ''),
        // The OTLP exporter's own requests are not traced.
        ignoreOutgoingRequestHook: (req) => String(req.path ?? '').endsWith('/v1/traces'),
      }),
    ],
  });
  sdk.start();
  started = true;
  process.once('beforeExit', () => void sdk.shutdown());
  process.once('SIGTERM', () => void sdk.shutdown());
  return true;
}
