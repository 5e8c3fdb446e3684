import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { DomainExceptionFilter } from '../../common/http/domain-exception.filter';
import { LoadersFactory } from '../../common/loaders/loaders.factory';
import { auditCsv } from './audit-csv';
import { AuditLogQuery } from './audit-log.query';

const one = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The audit log as CSV, for the filter in the query string (the same names as the GraphQL filter). */
@Controller()
@UseFilters(DomainExceptionFilter)
export class AuditController {
  constructor(
    private readonly query: AuditLogQuery,
    private readonly loaders: LoadersFactory,
  ) {}

  @Get('audit/export.csv')
  async exportCsv(
    @CurrentUser() viewer: AuthUser | null,
    @Query() params: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const entries = await this.query.export(viewer, {
      actorId: one(params['actorId']),
      action: one(params['action']),
      targetType: one(params['targetType']),
      targetId: one(params['targetId']),
      from: one(params['from']),
      to: one(params['to']),
    });
    const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => !!id))];
    const users = await this.loaders.create().userById.loadMany(actorIds);
    const names = new Map<string, string>();
    users.forEach((u, i) => {
      if (u && !(u instanceof Error)) names.set(actorIds[i], u.name);
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', 'attachment; filename="audit-log.csv"')
      .setHeader('cache-control', 'no-store')
      .send(auditCsv(entries, names));
  }
}
