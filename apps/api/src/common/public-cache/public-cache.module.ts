import { Global, Module } from '@nestjs/common';

import { PublicContentVersion } from './public-content-version';
import { PublicResponseCache } from './public-response-cache';

/** The shared cache of anonymous public GraphQL responses (docs/adr/0012). */
@Global()
@Module({ providers: [PublicContentVersion, PublicResponseCache], exports: [PublicResponseCache] })
export class PublicCacheModule {}
