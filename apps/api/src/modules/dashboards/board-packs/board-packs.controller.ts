import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { DomainExceptionFilter } from '../../../common/http/domain-exception.filter';
import { ParseIdPipe } from '../../../common/ids/parse-id.pipe';
import { BoardPacksService, CONTENT_TYPES } from './board-packs.service';

/** Downloads of a finished board pack: its requester and regional admins; 404 for anyone else. */
@Controller('board-packs')
@UseFilters(DomainExceptionFilter)
export class BoardPacksController {
  constructor(private readonly packs: BoardPacksService) {}

  @Get(':id/download')
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { view, content } = await this.packs.content(user, id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Type', CONTENT_TYPES[view.pack.format]);
    res.setHeader('Content-Disposition', `attachment; filename="${view.fileName}"`);
    res.setHeader('Content-Length', String(content.length));
    res.end(content);
  }
}
