import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { PersonalDataSourceRegistry } from './personal-data-source';

/** Global, like every contribution point: sources are found wherever they are provided. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [PersonalDataSourceRegistry],
  exports: [PersonalDataSourceRegistry],
})
export class PersonalDataModule {}
