import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A verified member's public profile (`/people/<id>`): what other signed-in
 * members may see. Never the email or any other contact detail. Their case
 * studies, adoptions and comments are fields added by the modules that own them.
 */
@ObjectType('PersonProfile', {
  description:
    "A verified member's profile as other members see it: name, organisation, ICSs and role badges; no email or contact details.",
})
export class PersonProfileModel {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  /** Resolved to `organisation` and `icss` through loaders. */
  organisationId!: string | null;
}
