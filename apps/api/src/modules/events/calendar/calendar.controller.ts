import { ParseIdPipe } from '../../../common/ids/parse-id.pipe';
import { Controller, Get, NotFoundException, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../../common/auth/public.decorator';
import { DomainExceptionFilter } from '../../../common/http/domain-exception.filter';
import { CalendarService } from './calendar.service';

/** Calendar files: one event's (public) and a member's personal feed (secret URL). */
@Controller()
@UseFilters(DomainExceptionFilter)
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

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
