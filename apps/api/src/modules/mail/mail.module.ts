import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { MailPersonalData } from './mail.personal-data';

@Global()
@Module({ providers: [MailPersonalData, MailService], exports: [MailService] })
export class MailModule {}
