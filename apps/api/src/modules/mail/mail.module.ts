import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { MailPersonalData } from './mail.personal-data';
import { MailRetention } from './mail-retention';

@Global()
@Module({ providers: [MailPersonalData, MailService, MailRetention], exports: [MailService] })
export class MailModule {}
