import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Request, Response } from 'express';

import { observabilityConfig } from '../../config/app.config';
import { Public } from '../auth/public.decorator';
import { clientIpOf } from '../http/client-ip';
import { OpsMetrics } from './ops-metrics';

function isLoopback(ip: string): boolean {
  if (ip === '::1') return true;
  return isIP(ip) === 4 && ip.startsWith('127.');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics. Readable by a direct loopback caller (a sidecar or the
 * host's scraper), or with `Authorization: Bearer <METRICS_TOKEN>`; anyone
 * else, and anything forwarded by a proxy, gets 404 as if it did not exist.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: OpsMetrics,
    @Inject(observabilityConfig.KEY)
    private readonly config: ConfigType<typeof observabilityConfig>,
  ) {}

  private allowed(req: Request): boolean {
    const token = this.config.metricsToken;
    const auth = req.header('authorization') ?? '';
    if (token && auth.startsWith('Bearer ') && sameSecret(auth.slice(7), token)) return true;
    return (
      !req.header('x-forwarded-for') && !req.header('forwarded') && isLoopback(clientIpOf(req))
    );
  }

  @Public()
  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.allowed(req)) throw new NotFoundException();
    const body = await this.metrics.registry.metrics();
    res
      .status(200)
      .setHeader('content-type', this.metrics.registry.contentType)
      .setHeader('cache-control', 'no-store')
      .send(body);
  }
}
