import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { LoadersFactory } from './loaders.factory';

/**
 * The loader contribution point. It imports no feature: every feature
 * registers its `@LoadersContribution` provider in its own module, and
 * `LoadersFactory` discovers them all at boot.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
