import { Controller, Get, Header, HttpCode, Post, Query, UseFilters } from '@nestjs/common';

import { Public } from '../../common/auth/public.decorator';
import { badInput } from '../../common/errors/domain.exception';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { EmailKind } from './follows.constants';
import { FollowsService } from './follows.service';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} - Midlands Improvement Commons</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

function checkLink(token: string | undefined, kind: string | undefined): EmailKind {
  if (
    typeof token !== 'string' ||
    !/^[\w-]{8,200}$/.test(token) ||
    !Object.values(EmailKind).includes(kind as EmailKind)
  ) {
    throw badInput('This unsubscribe link is not valid.');
  }
  return kind as EmailKind;
}

/**
 * Unsubscribe from one kind of email. The link in every email (GET) only
 * shows a confirmation with a POST button, so mail scanners that prefetch
 * links cannot unsubscribe anyone; the POST (the button, or a mail client's
 * RFC 8058 one-click `List-Unsubscribe-Post`) does it.
 */
@Controller('notifications/unsubscribe')
@UseFilters(DomainExceptionFilter)
export class UnsubscribeController {
  constructor(private readonly follows: FollowsService) {}

  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('x-robots-tag', 'noindex')
  confirm(@Query('token') token: string, @Query('kind') kind: string): string {
    const valid = checkLink(token, kind);
    const action = `?token=${encodeURIComponent(token)}&kind=${encodeURIComponent(valid)}`;
    const what = valid.toLowerCase();
    return page(
      `Unsubscribe from ${what} emails?`,
      `<p>You will stop receiving ${escapeHtml(what)} emails from Midlands Improvement Commons. Notifications still appear in the commons, and you can change this in your notification settings.</p>` +
        `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async oneClick(@Query('token') token: string, @Query('kind') kind: string): Promise<string> {
    const valid = checkLink(token, kind);
    const done = await this.follows.optOut(token, valid);
    if (!done) throw badInput('This unsubscribe link is not valid.');
    return page(
      'You have unsubscribed',
      `<p>You will no longer receive ${escapeHtml(valid.toLowerCase())} emails. You can change this in your notification settings.</p>`,
    );
  }
}
