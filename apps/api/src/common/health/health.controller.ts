import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../auth/public.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-unavailable';
import { OpsMetrics } from '../observability/ops-metrics';
import { composeReadiness, migrationState } from '../observability/readiness';

/**
 * GET /health: 200 {"status":"ok"} only when the database answers; 503 otherwise (load balancers, scripts).
 * GET /health/live: the process answers (no database): restart it when this fails.
 * GET /health/ready: the database answers, every migration the code ships is applied, and each
 * feature's readiness check (the job worker) passes: route traffic here only when this is 200.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: OpsMetrics,
  ) {}

  @Public()
  @Get('live')
  live(@Res() res: Response): void {
    res.status(HttpStatus.OK).setHeader('cache-control', 'no-store').json({ status: 'live' });
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const report = await composeReadiness({
      database: async () => {
        await this.db.query('SELECT 1');
        return { ok: true };
      },
      migrations: () => this.migrations(),
      ...this.metrics.contributedReadiness(),
    });
    res
      .status(report.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .setHeader('cache-control', 'no-store');
    if (!report.ready) res.setHeader('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    res.json({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
  }

  private async migrations() {
    const expected = this.db.migrations.map(
      (m) => (m as { name?: string }).name ?? m.constructor.name,
    );
    const rows: { name: string }[] = await this.db.query('SELECT name FROM migrations');
    return migrationState(
      expected,
      rows.map((r) => r.name),
    );
  }

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      res.status(HttpStatus.OK).setHeader('cache-control', 'no-store').json({ status: 'ok' });
    } catch {
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .setHeader('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .setHeader('cache-control', 'no-store')
        .json({ status: 'unavailable' });
    }
  }
}
