import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../auth/public.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-unavailable';

/** 200 {"status":"ok"} only when the database answers; 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
