import { Module } from '@nestjs/common';

import { ToolkitsRepository } from './toolkits.repository';

@Module({
  providers: [ToolkitsRepository],
  exports: [ToolkitsRepository],
})
export class ToolkitsModule {}
