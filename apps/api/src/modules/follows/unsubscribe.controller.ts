import { Controller, Get, Header, HttpCode, Post, Query, UseFilters } from '@nestjs/common';

import { Public } from '../../common/auth/public.decorator';
import { badInput } from '../../common/errors/domain.exception';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { EmailKind } from './follows.constants';
import { FollowsService } from './follows.service';

/** One-click unsubscribe from one kind of email (link in every email; RFC 8058 POST too). */
@Controller('notifications/unsubscribe')
@UseFilters(DomainExceptionFilter)
export class UnsubscribeController {
  constructor(private readonly follows: FollowsService) {}

  @Public()
  @Get()
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'no-store')
  async viaLink(@Query('token') token: string, @Query('kind') kind: string): Promise<string> {
    return this.unsubscribe(token, kind);
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async oneClick(@Query('token') token: string, @Query('kind') kind: string): Promise<string> {
    return this.unsubscribe(token, kind);
  }

  private async unsubscribe(token: string, kind: string): Promise<string> {
    if (!token || !Object.values(EmailKind).includes(kind as EmailKind)) {
      throw badInput('This unsubscribe link is not valid.');
    }
    const done = await this.follows.optOut(token, kind);
    if (!done) throw badInput('This unsubscribe link is not valid.');
    return `You will no longer receive ${kind.toLowerCase()} emails. You can change this in your notification settings.`;
  }
}
