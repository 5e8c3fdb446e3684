import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../common/ids/parse-id.pipe';
import { DataExportsService } from './data-exports.service';
import { ExportArchive } from './export-archive';

/** GET /data-exports/:id/download: the ZIP, for the person it is about while it lasts; 404 for anyone else. */
@Controller('data-exports')
@UseFilters(DomainExceptionFilter)
export class PrivacyController {
  constructor(
    private readonly exports: DataExportsService,
    private readonly archive: ExportArchive,
  ) {}

  @Get(':id/download')
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { stream, sizeBytes, fileName } = await this.exports.download(user, id, (fileId) =>
      this.archive.open(fileId),
    );
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Length', String(sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
