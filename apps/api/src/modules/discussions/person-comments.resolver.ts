import { ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/graphql/gql-context';
import { PersonProfileModel } from '../users/graphql/person-profile.model';
import { toCommentModel } from './discussions.mapper';
import { CommentModel } from './graphql/discussion.models';

/** Recent comments on a member's profile (through a per-request loader). */
@Resolver(() => PersonProfileModel)
export class PersonCommentsResolver {
  @ResolveField(() => [CommentModel], {
    description:
      'Their latest comments (at most 10, newest first) that any member may read: never removed or hidden ones, nor any in threads about subjects members may not see.',
  })
  async recentComments(
    person: PersonProfileModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CommentModel[]> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return (await ctx.loaders.recentCommentsByAuthorId.load(person.id)).map((c) =>
      toCommentModel(c, viewer),
    );
  }
}
