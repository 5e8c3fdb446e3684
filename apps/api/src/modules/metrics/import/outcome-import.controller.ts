import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { DomainExceptionFilter } from '../../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../../common/ids/parse-id.pipe';
import { MetricsRepository } from '../metrics.repository';
import { OutcomeImportService } from './outcome-import.service';
import { csvTemplate, xlsxTemplate } from './spreadsheet';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import templates (public) and an import's error report (its uploader only). */
@Controller('outcome-imports')
@UseFilters(DomainExceptionFilter)
export class OutcomeImportController {
  constructor(
    private readonly imports: OutcomeImportService,
    private readonly metrics: MetricsRepository,
  ) {}

  @Public()
  @Get('template.csv')
  csv(@Res() res: Response): void {
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', 'attachment; filename="outcome-figures-template.csv"')
      .send(csvTemplate());
  }

  @Public()
  @Get('template.xlsx')
  async xlsx(@Res() res: Response): Promise<void> {
    const body = await xlsxTemplate(await this.metrics.findMetrics());
    res
      .status(200)
      .type(XLSX)
      .setHeader('content-disposition', 'attachment; filename="outcome-figures-template.xlsx"')
      .send(body);
  }

  @Get(':id/errors.csv')
  async errors(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.imports.errorReport(user, id);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('cache-control', 'private, no-store')
      .setHeader(
        'content-disposition',
        `attachment; filename="${report.fileName.replace(/[^\w.-]/g, '_')}"`,
      )
      .send(report.csv);
  }
}
