import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import type { Connection } from '../../common/graphql/pagination';
import {
  AddCommitmentUpdateInput,
  CommitmentsArgs,
  CreateCommitmentInput,
} from './graphql/commitment.inputs';
import {
  CommitmentConnection,
  CommitmentModel,
  CommitmentUpdateModel,
} from './graphql/commitment.model';
import { CommitmentsService } from './commitments.service';

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(private readonly service: CommitmentsService) {}

  @Public()
  @Query(() => CommitmentConnection, {
    description:
      'The regional commitments tracker: public commitments with their latest status, newest first.',
  })
  commitments(
    @CurrentUser() viewer: AuthUser | null,
    @Args() args: CommitmentsArgs,
  ): Promise<Connection<CommitmentModel>> {
    return this.service.list(viewer, args);
  }

  @Public()
  @Query(() => CommitmentModel, { description: 'One commitment (NOT_FOUND when there is none).' })
  commitment(
    @CurrentUser() viewer: AuthUser | null,
    @Args('id', { type: () => ID, description: 'The commitment.' }) id: string,
  ): Promise<CommitmentModel> {
    return this.service.byId(viewer, id);
  }

  @Policy(
    'commitments.policy canCreateCommitment: verified members of one of its organisations, ICS admins of their ICS, regional admins',
  )
  @Mutation(() => CommitmentModel, {
    description: 'Make a commitment for one organisation or a partnership; you become its owner.',
  })
  createCommitment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateCommitmentInput,
  ): Promise<CommitmentModel> {
    return this.service.create(actor, input);
  }

  @Policy(
    'commitments.policy canUpdateCommitment: the owner, verified members of its organisations, ICS admins of their ICS, regional admins',
  )
  @Mutation(() => CommitmentModel, {
    description: 'Add a dated progress update, with evidence you can see, to a commitment.',
  })
  addCommitmentUpdate(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AddCommitmentUpdateInput,
  ): Promise<CommitmentModel> {
    return this.service.addUpdate(actor, input);
  }

  @ResolveField(() => [CommitmentUpdateModel], {
    description: 'Progress updates, newest first: the timeline.',
  })
  updates(c: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<CommitmentUpdateModel[]> {
    return ctx.loaders.commitmentUpdatesByCommitmentId.load(c.id);
  }
}
