import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { SearchDocumentType } from '../search.constants';

@ObjectType('SearchHit', { description: 'One search result.' })
export class SearchHitModel {
  @Field(() => SearchDocumentType)
  type!: SearchDocumentType;

  @Field(() => ID, {
    description: "The feature's id (toolkit sections: `<toolkitId>:<sectionKey>`).",
  })
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Path of its page in the web app.' })
  url!: string;

  @Field({
    description:
      'A passage with the matched words in <mark>…</mark>. Everything else is escaped text: only <mark> survives.',
  })
  snippetHtml!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType('SearchEdge')
export class SearchEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => SearchHitModel)
  node!: SearchHitModel;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueModel {
  @Field({ description: 'The code to filter by.' })
  value!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Matching results with this value (capped with the total).' })
  count!: number;
}

@ObjectType('SearchFacet', { description: 'Counts of the results by one field.' })
export class SearchFacetModel {
  @Field({
    description:
      'types, ics, themes, evidenceLevels, adoptionStages or updated (the SearchFilter field).',
  })
  field!: string;

  @Field()
  label!: string;

  @Field(() => [SearchFacetValueModel])
  values!: SearchFacetValueModel[];
}

@ObjectType('SearchPageInfo')
export class SearchPageInfoModel {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('SearchConnection', { description: 'A page of search results with facets.' })
export class SearchConnectionModel {
  @Field(() => Int, { description: 'Matching results; see totalCountCapped.' })
  totalCount!: number;

  @Field({
    description:
      'True when more matched than are counted (1,000): show "1,000+". Facet counts then cover the 1,000 most recent matches.',
  })
  totalCountCapped!: boolean;

  @Field(() => [SearchEdgeModel])
  edges!: SearchEdgeModel[];

  @Field(() => SearchPageInfoModel)
  pageInfo!: SearchPageInfoModel;

  @Field(() => [SearchFacetModel])
  facets!: SearchFacetModel[];

  @Field(() => String, {
    nullable: true,
    description: 'A corrected spelling of the query, when the query as typed found nothing.',
  })
  didYouMean!: string | null;

  @Field({
    description:
      'True when the query as typed found nothing and these are the results for didYouMean.',
  })
  correctedQuery!: boolean;
}

@ObjectType('SearchSuggestion', { description: 'A title matching what is being typed.' })
export class SearchSuggestionModel {
  @Field(() => SearchDocumentType)
  type!: SearchDocumentType;

  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  url!: string;
}
