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
  UpdateCommitmentInput,
} from './graphql/commitment.inputs';
import {
  CommitmentConnection,
  CommitmentModel,
  CommitmentUpdateModel,
} from './graphql/commitment.model';
import { CommitmentEditService } from './commitment-edit.service';
import { CommitmentUpdatesService } from './commitment-updates.service';
import { CommitmentsQueryService } from './commitments-query.service';
import { CommitmentsService } from './commitments.service';

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(
    private readonly query: CommitmentsQueryService,
    private readonly service: CommitmentsService,
    private readonly progress: CommitmentUpdatesService,
    private readonly edits: CommitmentEditService,
  ) {}

  @Public()
  @Query(() => CommitmentConnection, {
    description:
      'The regional commitments tracker: public commitments with their latest status, newest first.',
  })
  commitments(
    @CurrentUser() viewer: AuthUser | null,
    @Args() args: CommitmentsArgs,
  ): Promise<Connection<CommitmentModel>> {
    return this.query.list(viewer, args);
  }

  @Public()
  @Query(() => CommitmentModel, { description: 'One commitment (NOT_FOUND when there is none).' })
  commitment(
    @CurrentUser() viewer: AuthUser | null,
    @Args('id', { type: () => ID, description: 'The commitment.' }) id: string,
  ): Promise<CommitmentModel> {
    return this.query.byId(viewer, id);
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
    return this.service.create(actor, input).then((id) => this.query.byId(actor, id));
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
    return this.progress.add(actor, input).then((id) => this.query.byId(actor, id));
  }

  @Policy(
    'commitments.policy canEditCommitment (as canCreateCommitment): verified members of its organisations, ICS admins of their ICS, regional admins; new organisations too',
  )
  @Mutation(() => CommitmentModel, {
    description:
      'Change a commitment: title, statement, organisations and lead, cadence, target value and date. Audited with before and after; the last change wins.',
  })
  updateCommitment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCommitmentInput,
  ): Promise<CommitmentModel> {
    return this.edits.update(actor, input).then((id) => this.query.byId(actor, id));
  }

  @ResolveField(() => [CommitmentUpdateModel], {
    description: 'Progress updates, newest first: the timeline.',
  })
  updates(c: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<CommitmentUpdateModel[]> {
    return ctx.loaders.commitmentUpdatesByCommitmentId.load(c.id);
  }
}
