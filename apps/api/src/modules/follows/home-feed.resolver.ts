import { Args, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { HomeFeedArgs, HomeFeedModel } from './graphql/home-feed.models';
import { HomeFeedService } from './home-feed.service';

@Resolver(() => HomeFeedModel)
export class HomeFeedResolver {
  constructor(private readonly homeFeedService: HomeFeedService) {}

  @Query(() => HomeFeedModel, {
    description:
      'Your home feed: what happened in what you follow (or, with scope REGION, across the region), newest first. Viewing the first page records your visit.',
  })
  homeFeed(@CurrentUser() user: AuthUser, @Args() args: HomeFeedArgs): Promise<HomeFeedModel> {
    return this.homeFeedService.homeFeed(user, args);
  }
}
