import { Args, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { SearchArgs } from './graphql/search.inputs';
import { SearchConnectionModel, SearchSuggestionModel } from './graphql/search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Query(() => SearchConnectionModel, {
    name: 'search',
    description:
      'Search across the Commons: case studies, adoptions, toolkits and their sections, events, threads, comments, organisations and people. Only what the viewer may see is matched, counted or suggested.',
  })
  searchCommons(
    @Args() args: SearchArgs,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<SearchConnectionModel> {
    return this.search.search(args, viewer);
  }

  @Public()
  @Query(() => [SearchSuggestionModel], {
    description: 'Up to 8 titles the viewer may see with a word starting as typed (2+ characters).',
  })
  searchSuggestions(
    @Args('prefix', { type: () => String }) prefix: string,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<SearchSuggestionModel[]> {
    return this.search.suggestions(prefix, viewer);
  }
}
