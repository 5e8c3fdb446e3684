import { Module } from '@nestjs/common';

import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  providers: [ModerationRepository, ModerationService, ModerationResolver],
})
export class ModerationModule {}
