import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { LoadersModule } from '../../common/loaders/loaders.module';
import { AuditActionRegistry } from './audit-actions';
import { AuditTargetScopes } from './audit-target-scopes';
import { AuditAuditActions } from './audit.audit-actions';
import { AuditController } from './audit.controller';
import { AuditLogQuery } from './audit-log.query';
import { AuditLogRepository } from './audit-log.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditPersonalData } from './audit.personal-data';

/**
 * Global; features declare the actions they record with `@AuditActions`.
 * Reading: the `auditLog` query and `GET /audit/export.csv` (admins only).
 */
@Global()
@Module({
  imports: [DiscoveryModule, LoadersModule],
  controllers: [AuditController],
  providers: [
    AuditPersonalData,
    AuditActionRegistry,
    AuditTargetScopes,
    AuditService,
    AuditAuditActions,
    AuditLogRepository,
    AuditLogQuery,
    AuditResolver,
  ],
  exports: [AuditService, AuditActionRegistry],
})
export class AuditModule {}
