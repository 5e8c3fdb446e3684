import { Module } from '@nestjs/common';

import { FilesModule } from '../files/files.module';
import { AccountAnonymiser } from './account-anonymiser';
import { AccountDeletionsService } from './account-deletions.service';
import { DataExportBuilder } from './data-export.builder';
import { DataExportsService } from './data-exports.service';
import { ExportArchive } from './export-archive';
import { PersonalDataService } from './personal-data.service';
import { PrivacyAuditActions } from './privacy.audit-actions';
import { PrivacyController } from './privacy.controller';
import { PrivacyEmails } from './privacy.emails';
import { PrivacyJobs } from './privacy.jobs';
import { PrivacyPersonalData } from './privacy.personal-data';
import { PrivacyClock } from './privacy-clock';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver } from './privacy.resolver';

/**
 * Privacy rights (UK GDPR articles 15, 17 and 20): export my data, delete my
 * account, the values the privacy notice states. Knows no feature: every
 * module's data comes through `@PersonalDataSource` (common/privacy).
 */
@Module({
  imports: [FilesModule],
  controllers: [PrivacyController],
  providers: [
    PrivacyRepository,
    PrivacyClock,
    PrivacyEmails,
    PersonalDataService,
    ExportArchive,
    DataExportBuilder,
    DataExportsService,
    AccountDeletionsService,
    AccountAnonymiser,
    PrivacyJobs,
    PrivacyResolver,
    PrivacyAuditActions,
    PrivacyPersonalData,
  ],
  exports: [AccountDeletionsService],
})
export class PrivacyModule {}
