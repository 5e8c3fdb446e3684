import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** At most this many people per search (the autocomplete shows a short list). */
export const PEOPLE_MAX_RESULTS = 10;

@ArgsType()
export class PeopleArgs {
  @Field(() => String, { description: 'Part of a name (2 to 50 characters).' })
  @IsString()
  @Length(2, 50, { message: 'Type at least 2 characters of a name (at most 50).' })
  search!: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many to return (1 to ${PEOPLE_MAX_RESULTS}, default 8).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(PEOPLE_MAX_RESULTS)
  first?: number | null;
}
