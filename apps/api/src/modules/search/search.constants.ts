import { registerEnumType } from '@nestjs/graphql';

/** What a search result is. The values are the search sources' document types. */
export enum SearchDocumentType {
  CASE_STUDY = 'CASE_STUDY',
  ADOPTION = 'ADOPTION',
  TOOLKIT = 'TOOLKIT',
  TOOLKIT_SECTION = 'TOOLKIT_SECTION',
  EVENT = 'EVENT',
  THREAD = 'THREAD',
  COMMENT = 'COMMENT',
  ORGANISATION = 'ORGANISATION',
  PERSON = 'PERSON',
}

registerEnumType(SearchDocumentType, {
  name: 'SearchDocumentType',
  description: 'What a search result is.',
});

/** "Updated" facet buckets. */
export const UPDATED_BUCKETS = ['LAST_30_DAYS', 'LAST_12_MONTHS', 'OLDER'] as const;
export const UPDATED_LABELS: Record<(typeof UPDATED_BUCKETS)[number], string> = {
  LAST_30_DAYS: 'In the last 30 days',
  LAST_12_MONTHS: 'In the last 12 months',
  OLDER: 'More than a year ago',
};

/** Facet fields in the order the search page shows them, with their headings. */
export const FACET_HEADINGS: Record<string, string> = {
  types: 'Type',
  ics: 'ICS',
  themes: 'Theme',
  evidenceLevels: 'Evidence level',
  adoptionStages: 'Adoption stage',
  updated: 'Updated',
};

/** Matches ranked per search: beyond this, counts read "1,000+" (see docs/adr/0009-search.md). */
export const SEARCH_CANDIDATE_CAP = 1000;
export const SEARCH_MAX_QUERY = 200;
export const SEARCH_DEFAULT_PAGE = 20;
export const SEARCH_MAX_PAGE = 50;
export const SUGGESTION_LIMIT = 8;

/** Queue of the backstop sweep (every minute) and of the nightly vocabulary rebuild. */
export const SEARCH_SWEEP_QUEUE = 'search.sweep';
export const SEARCH_VOCABULARY_QUEUE = 'search.vocabulary';
