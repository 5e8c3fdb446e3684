import { Controller, Get, NotFoundException, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RegistrationStatus } from './entities/registration.entity';
import { buildBadgesPdf } from './events.badges';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../common/ids/parse-id.pipe';
import { EventsService } from './events.service';
import { delegateCsvRows, toCsv } from './delegates.csv';

/** File routes: delegate CSV and badges (organisers), calendars (public / secret URL). */
@Controller()
@UseFilters(DomainExceptionFilter)
export class EventsController {
  constructor(private readonly service: EventsService) {}

  @Get('events/:id/delegates.csv')
  async delegatesCsv(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: string, @Res() res: Response): Promise<void> {
    const { event, rows } = await this.service.delegateExport(user, id);
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
    const { event, rows } = await this.service.delegateExport(user, id);
    const pdf = await buildBadgesPdf(
      event.title,
      rows
        .filter((r) => r.registration.status === RegistrationStatus.CONFIRMED)
        .map((r) => ({ registrationId: r.registration.id, name: r.name, organisation: r.organisationName, ics: r.icsName ?? r.registration.icsOdsCode })),
    );
    res.status(200).type('application/pdf').setHeader('content-disposition', `inline; filename="badges-${event.id}.pdf"`).setHeader('cache-control', 'no-store').send(pdf);
  }

  @Public()
  @Get('events/:id/calendar.ics')
  async eventCalendar(@Param('id', ParseIdPipe) id: string, @Res() res: Response): Promise<void> {
    const ics = await this.service.publicCalendar(id);
    if (!ics) throw new NotFoundException();
    res.status(200).type('text/calendar; charset=utf-8').setHeader('content-disposition', 'attachment; filename="event.ics"').send(ics);
  }

  @Public()
  @Get('calendar/:token.ics')
  async personalCalendar(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const ics = await this.service.personalCalendar(token);
    if (!ics) throw new NotFoundException();
    res.status(200).type('text/calendar; charset=utf-8').setHeader('cache-control', 'private, no-store').send(ics);
  }
}
