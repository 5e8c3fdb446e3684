import http from 'node:http';

import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';

export interface HttpTimeouts {
  /** Time allowed to receive all request headers (slowloris). */
  headersMs: number;
  /** Time allowed to receive the whole request, body included. */
  requestMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveMs: number;
}

/**
 * Express adapter whose Node server drops slow or idle clients. Node only
 * checks headersTimeout/requestTimeout every `connectionsCheckingInterval`
 * (30 s by default, settable only when the server is created), so Nest's own
 * `http.createServer(app)` is replaced by one created with these options.
 */
export class TimedExpressAdapter extends ExpressAdapter {
  constructor(private readonly timeouts: HttpTimeouts) {
    super();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    if (options?.httpsOptions || options?.forceCloseConnections) {
      super.initHttpServer(options);
      applyTimeouts(this.getHttpServer() as http.Server, this.timeouts);
      return;
    }
    const server = http.createServer(
      {
        headersTimeout: this.timeouts.headersMs,
        requestTimeout: this.timeouts.requestMs,
        keepAliveTimeout: this.timeouts.keepAliveMs,
        connectionsCheckingInterval: checkInterval(this.timeouts),
      },
      this.getInstance(),
    );
    applyTimeouts(server, this.timeouts);
    this.setHttpServer(server);
  }
}

function checkInterval(timeouts: HttpTimeouts): number {
  return Math.max(250, Math.min(1000, Math.floor(timeouts.headersMs / 4)));
}

/** Sets the three timeouts on a server (the headers timeout must not exceed the request timeout). */
export function applyTimeouts(server: http.Server, timeouts: HttpTimeouts): void {
  server.requestTimeout = timeouts.requestMs;
  server.headersTimeout = Math.min(timeouts.headersMs, timeouts.requestMs);
  server.keepAliveTimeout = timeouts.keepAliveMs;
}
