import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { SearchDocumentType, SEARCH_MAX_PAGE, UPDATED_BUCKETS } from '../search.constants';

const CODE = /^[A-Za-z0-9_.:-]{1,160}$/;

@InputType('SearchFilter', {
  description:
    'Narrows a search. Values within one field are alternatives (OR); fields combine (AND). Codes are those the facets return.',
})
export class SearchFilter {
  @Field(() => [SearchDocumentType], { nullable: true, description: 'Only these types of result.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  types?: SearchDocumentType[];

  @Field(() => [String], { nullable: true, description: 'ICS ODS codes, e.g. QHL.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'ics must be ODS codes such as QHL' })
  ics?: string[];

  @Field(() => [String], { nullable: true, description: 'Theme keys.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE, { each: true, message: 'themes must be theme keys' })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Case-study evidence levels.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CODE, { each: true, message: 'evidenceLevels must be evidence level codes' })
  evidenceLevels?: string[];

  @Field(() => [String], { nullable: true, description: 'Adoption stages.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CODE, { each: true, message: 'adoptionStages must be adoption stage codes' })
  adoptionStages?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'When it last changed: LAST_30_DAYS, LAST_12_MONTHS or OLDER.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(UPDATED_BUCKETS, {
    each: true,
    message: 'updated must be LAST_30_DAYS, LAST_12_MONTHS or OLDER',
  })
  updated?: string[];
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      'What to look for. Quoted "phrases", OR and -word work; spelling mistakes get a suggestion.',
  })
  @IsString()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query!: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter;

  @Field(() => Int, {
    nullable: true,
    description: `Results per page (1–${SEARCH_MAX_PAGE}, default 20).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(SEARCH_MAX_PAGE, { message: `first must be at most ${SEARCH_MAX_PAGE}` })
  first?: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Search exactly as typed: no spelling correction, no did-you-mean (the "Search instead for …" link after an automatic correction).',
  })
  @IsOptional()
  @IsBoolean()
  exact?: boolean;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  after?: string;
}
