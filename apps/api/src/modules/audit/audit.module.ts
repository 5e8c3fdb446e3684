import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { AuditActionRegistry } from './audit-actions';
import { AuditService } from './audit.service';

/** Global; features declare the actions they record with `@AuditActions`. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AuditActionRegistry, AuditService],
  exports: [AuditService, AuditActionRegistry],
})
export class AuditModule {}
