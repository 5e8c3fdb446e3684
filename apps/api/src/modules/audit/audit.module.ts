import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { AuditActionRegistry } from './audit-actions';
import { AuditService } from './audit.service';
import { AuditPersonalData } from './audit.personal-data';

/** Global; features declare the actions they record with `@AuditActions`. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AuditPersonalData, AuditActionRegistry, AuditService],
  exports: [AuditService, AuditActionRegistry],
})
export class AuditModule {}
