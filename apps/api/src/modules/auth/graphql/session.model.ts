import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'One of your signed-in sessions (a browser or API client).' })
export class SessionModel {
  @Field(() => ID, { description: 'Session id (for `revokeSession`).' })
  id!: string;

  @Field(() => Boolean, { description: 'Whether this is the session making the request.' })
  current!: boolean;

  @Field(() => String, { description: 'Browser and major version, from the user agent (approximate).' })
  browser!: string;

  @Field(() => String, { description: 'Operating system, from the user agent (approximate).' })
  os!: string;

  @Field(() => String, {
    description:
      'Network the session was started from: a masked IP address (e.g. `203.0.113.x`) or a label for private and loopback networks. No geolocation is done.',
  })
  network!: string;

  @Field(() => Date, { description: 'When the session was started (signed in).' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the session was last used (recorded at most about once a minute).' })
  lastUsedAt!: Date;
}
