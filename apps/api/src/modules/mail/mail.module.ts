import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { MailPersonalData } from './mail.personal-data';
import { MailRetention } from './mail-retention';
import { MailSignals } from './mail.signals';

@Global()
@Module({
  providers: [MailPersonalData, MailService, MailRetention, MailSignals],
  exports: [MailService],
})
export class MailModule {}
