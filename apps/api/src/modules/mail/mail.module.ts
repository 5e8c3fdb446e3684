import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { MailPersonalData } from './mail.personal-data';
import { MailSignals } from './mail.signals';

@Global()
@Module({ providers: [MailPersonalData, MailService, MailSignals], exports: [MailService] })
export class MailModule {}
