import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../common/ids/parse-id.pipe';
import { assessmentCsv, assessmentPdf } from './assessment-export';
import type { AssessmentFormData } from './entities/toolkit-version.entity';
import { ToolkitsRepository } from './toolkits.repository';
import { ToolkitsService } from './toolkits.service';

/** Exports of your own assessments (CSV and PDF), as attachments. */
@Controller('assessments')
@UseFilters(DomainExceptionFilter)
export class AssessmentsController {
  constructor(
    private readonly toolkits: ToolkitsService,
    private readonly repo: ToolkitsRepository,
  ) {}

  @Get(':id/export.:format')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    const { assessment, version } = await this.toolkits.ownAssessment(user, id);
    const toolkit = await this.repo.findById(version.toolkitId);
    const title = toolkit?.title ?? 'Toolkit';
    const form = version.form as AssessmentFormData;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="assessment-${assessment.id}.csv"`,
      );
      res.send(assessmentCsv(title, form, assessment));
      return;
    }
    if (format === 'pdf') {
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="assessment-${assessment.id}.pdf"`,
      );
      res.send(await assessmentPdf(title, form, assessment));
      return;
    }
    res.status(404).json({ code: 'NOT_FOUND', message: 'Export formats are csv and pdf.' });
  }
}
