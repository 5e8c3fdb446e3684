import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Person', {
  description: 'A verified member as offered for @mentions: no email or other contact details.',
})
export class PersonModel {
  @Field(() => ID, { description: 'User id (the mention token is @[Name](mention:<id>)).' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'Name of their organisation.' })
  organisationName!: string;
}
