import { Global, Module } from '@nestjs/common';

import { JobsService } from './jobs.service';
import { JobsSignals } from './jobs.signals';

@Global()
@Module({ providers: [JobsService, JobsSignals], exports: [JobsService] })
export class JobsModule {}
