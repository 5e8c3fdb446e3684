import { Args, Query, Resolver } from '@nestjs/graphql';

import { PeopleArgs } from './graphql/people.args';
import { PersonModel } from './graphql/person.model';
import { UsersService } from './users.service';

/** People search for @mention autocomplete (any signed-in member; verified people only). */
@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => [PersonModel], {
    description:
      'Verified, non-suspended members whose name contains `search` (at least 2 characters), names starting with it first; at most 10.',
  })
  people(@Args() args: PeopleArgs): Promise<PersonModel[]> {
    return this.users.people(args.search, args.first ?? 8);
  }
}
