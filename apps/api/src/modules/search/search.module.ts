import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { SearchIndexer } from './search-indexer.service';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * Search across the Commons (issue #13). Owns the index and the query; what
 * is indexed comes from each feature's `@SearchSource` (common/search), so
 * this module imports no feature.
 */
@Module({
  imports: [JobsModule],
  providers: [SearchRepository, SearchService, SearchIndexer, SearchResolver],
  exports: [SearchIndexer],
})
export class CommonsSearchModule {}
