// Public API of @mic/web-feature-search.
export { HeaderSearch } from './lib/components/HeaderSearch';
export type { HeaderSearchProps } from './lib/components/HeaderSearch';
export { SearchResults } from './lib/components/SearchResults';
export type { SearchResultsProps } from './lib/components/SearchResults';
export { Snippet } from './lib/components/Snippet';
export { comboboxKey, suggestionsStatus } from './lib/utils/combobox';
export type { ComboboxAction, ComboboxState } from './lib/utils/combobox';
export { chosenFilters, facetViews } from './lib/utils/facets';
export type { FacetValueView, FacetView } from './lib/utils/facets';
export {
  FILTER_FIELDS,
  SEARCH_DOCUMENT_TYPES,
  SEARCH_PAGE_SIZE,
  SEARCH_TYPE_LABELS,
  exactSearchHref,
  firstPage,
  formatCount,
  formatSearchDate,
  hasFilters,
  nextPageHref,
  pageNumber,
  parseSearchParams,
  previousPageHref,
  searchFilter,
  searchHref,
  searchParamsSchema,
  withoutFilterHref,
  withoutFiltersHref,
} from './lib/utils/search-params';
export type { FilterField, SearchParams } from './lib/utils/search-params';
export { decodeEntities, sanitiseSnippetHtml, snippetSegments } from './lib/utils/snippet';
export type { SnippetSegment } from './lib/utils/snippet';
export {
  MIN_PREFIX,
  safeLocalUrl,
  suggestionPrefix,
  suggestionViews,
} from './lib/utils/suggestions';
export type { SearchSuggestionView } from './lib/utils/suggestions';
