import { Module } from '@nestjs/common';

import { FilesModule } from '../files/files.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsResolver } from './assessments.resolver';
import { ToolkitsRepository } from './toolkits.repository';
import { ToolkitsResolver, ToolkitVersionsResolver } from './toolkits.resolver';
import { ToolkitsService } from './toolkits.service';

@Module({
  imports: [FilesModule],
  controllers: [AssessmentsController],
  providers: [
    ToolkitsRepository,
    ToolkitsService,
    ToolkitsResolver,
    ToolkitVersionsResolver,
    AssessmentsResolver,
  ],
  exports: [ToolkitsRepository],
})
export class ToolkitsModule {}
