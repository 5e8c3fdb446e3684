import { ParseIdPipe } from '../../../common/ids/parse-id.pipe';
import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { RegistrationStatus } from '../entities/registration.entity';
import { buildBadgesPdf } from './events.badges';
import { DomainExceptionFilter } from '../../../common/http/domain-exception.filter';
import { DelegatesService } from './delegates.service';
import { delegateCsvRows, toCsv } from './delegates.csv';

/** The organisers' file routes: the delegate CSV and name badges. */
@Controller()
@UseFilters(DomainExceptionFilter)
export class OrganiserController {
  constructor(private readonly service: DelegatesService) {}

  @Get('events/:id/delegates.csv')
  async delegatesCsv(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: string, @Res() res: Response): Promise<void> {
    const { event, rows } = await this.service.delegateExport(user, id, 'csv');
    const { header, body } = delegateCsvRows(event.questions, rows);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', `attachment; filename="delegates-${event.id}.csv"`)
      .setHeader('cache-control', 'no-store')
      .send('\uFEFF' + toCsv(header, body));
  }

  @Get('events/:id/badges.pdf')
  async badgesPdf(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: string, @Res() res: Response): Promise<void> {
    const { event, rows } = await this.service.delegateExport(user, id, 'badges');
    const pdf = await buildBadgesPdf(
      event.title,
      rows
        .filter((r) => r.registration.status === RegistrationStatus.CONFIRMED)
        .map((r) => ({ registrationId: r.registration.id, name: r.name, organisation: r.organisationName, ics: r.icsName ?? r.registration.icsOdsCode })),
    );
    res.status(200).type('application/pdf').setHeader('content-disposition', `inline; filename="badges-${event.id}.pdf"`).setHeader('cache-control', 'no-store').send(pdf);
  }
}
