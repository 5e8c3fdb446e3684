import type { SearchDocumentType, SearchQuery } from '@mic/web-data-access';
import type { TagProps } from '@mic/web-ui';
import { Button, Checkboxes, ErrorSummary, Pagination, Tag, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { chosenFilters, facetViews } from '../utils/facets';
import type { SearchParams } from '../utils/search-params';
import {
  SEARCH_TYPE_LABELS,
  exactSearchHref,
  firstPage,
  formatCount,
  formatSearchDate,
  hasFilters,
  nextPageHref,
  pageNumber,
  previousPageHref,
  searchHref,
  withoutFilterHref,
  withoutFiltersHref,
} from '../utils/search-params';
import { safeLocalUrl } from '../utils/suggestions';
import { Snippet } from './Snippet';

export interface SearchResultsProps {
  params: SearchParams;
  /** The API's answer; null when the query is blank or the search failed. */
  connection: SearchQuery['search'] | null;
  /** Set when the search could not be run (shown in an error summary). */
  error?: string;
}

const TYPE_COLOURS: Record<SearchDocumentType, TagProps['colour']> = {
  CASE_STUDY: 'blue',
  ADOPTION: 'green',
  TOOLKIT: 'purple',
  TOOLKIT_SECTION: 'purple',
  EVENT: 'orange',
  THREAD: 'aqua-green',
  COMMENT: 'aqua-green',
  ORGANISATION: 'grey',
  PERSON: 'white',
};

function BrowseLinks(): ReactElement {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      <li>
        <a href="/case-studies">Browse case studies</a>
      </li>
      <li>
        <a href="/toolkits">Browse toolkits</a>
      </li>
      <li>
        <a href="/events">Browse events</a>
      </li>
      <li>
        <a href="/organisations">Browse organisations</a>
      </li>
    </ul>
  );
}

function QueryForm({ q }: { q: string }): ReactElement {
  return (
    <form
      method="get"
      action="/search"
      role="search"
      aria-label="Search again"
      className="mic-search-page__form"
    >
      <TextInput
        id="search-q"
        name="q"
        label="Search the Commons"
        type="search"
        defaultValue={q}
        spellCheck={false}
      />
      <Button>Search</Button>
    </form>
  );
}

function EmptyState({ params }: { params: SearchParams }): ReactElement {
  return (
    <div data-testid="search-empty">
      <h2 className="nhsuk-heading-m">No results found for ‘{params.q}’</h2>
      <p>Try:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>checking your spelling</li>
        <li>using fewer or different words</li>
        <li>
          searching for a more general word, for example ‘employment’ instead of ‘job coaching’
        </li>
        {hasFilters(params) ? (
          <li>
            <a href={withoutFiltersHref(params)}>removing your filters</a>
          </li>
        ) : null}
      </ul>
      <p>Or find practice another way:</p>
      <BrowseLinks />
    </div>
  );
}

/** The /search page: query form, corrections, facets, results and pagination. */
export function SearchResults({ params, connection, error }: SearchResultsProps): ReactElement {
  const { q } = params;
  if (!q) {
    return (
      <>
        <h1 className="nhsuk-heading-xl">Search the Commons</h1>
        <p className="nhsuk-lede-text">
          Find case studies, adoptions, toolkits, events, discussions, organisations and people
          across the Midlands.
        </p>
        <QueryForm q="" />
        <p>
          Search for a topic, a place or an organisation, for example ‘employment’ or ‘procurement’.
        </p>
        <h2 className="nhsuk-heading-m">Or browse</h2>
        <BrowseLinks />
      </>
    );
  }
  if (!connection) {
    return (
      <>
        <ErrorSummary
          heading="Search is not available"
          errors={[
            { message: error ?? 'Search is not working right now. Try again in a few minutes.' },
          ]}
        />
        <h1 className="nhsuk-heading-xl">Search results for ‘{q}’</h1>
        <QueryForm q={q} />
        <BrowseLinks />
      </>
    );
  }
  const facets = facetViews(connection.facets, params);
  const chosen = chosenFilters(facets);
  const capped = connection.totalCountCapped;
  const total = connection.totalCount;
  const shownQuery = connection.correctedQuery && connection.didYouMean ? connection.didYouMean : q;
  const previous = previousPageHref(params);
  const page = pageNumber(params);
  return (
    <>
      <h1 className="nhsuk-heading-xl">Search results for ‘{q}’</h1>
      <QueryForm q={q} />
      {connection.correctedQuery && connection.didYouMean ? (
        <div className="nhsuk-inset-text" data-testid="search-corrected">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Showing results for <strong>{connection.didYouMean}</strong>. No results found for ‘{q}
            ’.
          </p>
          <p>
            <a href={exactSearchHref(params)} data-testid="search-instead">
              Search instead for ‘{q}’
            </a>
          </p>
        </div>
      ) : connection.didYouMean ? (
        <p data-testid="search-did-you-mean">
          Did you mean{' '}
          <a href={searchHref({ ...firstPage(params), q: connection.didYouMean })}>
            {connection.didYouMean}
          </a>
          ?
        </p>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          {facets.length ? (
            <form
              method="get"
              action="/search"
              aria-label="Filter results"
              data-testid="search-filters"
            >
              <input type="hidden" name="q" value={q} />
              {params.exact ? <input type="hidden" name="exact" value="1" /> : null}
              <h2 className="nhsuk-heading-m">Filter results</h2>
              {capped ? (
                <p className="nhsuk-body-s">
                  Counts are for the {formatCount(total)} most recent results.
                </p>
              ) : null}
              {facets.map((facet) => (
                <Checkboxes
                  key={facet.field}
                  name={facet.field}
                  id={`filter-${facet.field}`}
                  legend={facet.label}
                  small
                  checked={facet.values.filter((v) => v.checked).map((v) => v.value)}
                  options={facet.values.map((v) => ({
                    value: v.value,
                    text: `${v.label} (${formatCount(v.count, capped && v.count >= total)})`,
                  }))}
                />
              ))}
              <Button variant="secondary">Apply filters</Button>
            </form>
          ) : null}
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m" id="search-count" data-testid="search-count">
            {formatCount(total, capped)} {total === 1 && !capped ? 'result' : 'results'}
            {connection.correctedQuery ? ` for ‘${shownQuery}’` : ''}
            {page > 1 ? <span className="nhsuk-caption-m">Page {page}</span> : null}
          </h2>
          {chosen.length ? (
            <div data-testid="search-chosen-filters">
              <h3 className="nhsuk-heading-s">Selected filters</h3>
              <ul className="nhsuk-list">
                {chosen.map((c) => (
                  <li key={`${c.field}:${c.value}`}>
                    {c.facetLabel}: {c.label} —{' '}
                    <a href={withoutFilterHref(params, c.field, c.value)}>
                      clear<span className="nhsuk-u-visually-hidden"> filter {c.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
              <p>
                <a href={withoutFiltersHref(params)}>Clear all filters</a>
              </p>
            </div>
          ) : null}
          {total === 0 || connection.edges.length === 0 ? (
            <EmptyState params={params} />
          ) : (
            <ol
              className="nhsuk-list mic-search-results"
              data-testid="search-results"
              aria-labelledby="search-count"
            >
              {connection.edges.map(({ node }) => {
                const href = safeLocalUrl(node.url);
                return (
                  <li key={`${node.type}-${node.id}`} className="mic-search-result">
                    <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                      <Tag colour={TYPE_COLOURS[node.type]}>{SEARCH_TYPE_LABELS[node.type]}</Tag>
                    </p>
                    <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                      {href ? <a href={href}>{node.title}</a> : node.title}
                    </h3>
                    {node.snippetHtml ? (
                      <Snippet html={node.snippetHtml} />
                    ) : node.summary ? (
                      <p className="nhsuk-body-s">{node.summary}</p>
                    ) : null}
                    <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                      Updated{' '}
                      <time dateTime={node.updatedAt}>{formatSearchDate(node.updatedAt)}</time>
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          <Pagination
            ariaLabel="Search results pages"
            previous={
              previous
                ? { href: previous, title: 'Previous', label: `Page ${page - 1}` }
                : undefined
            }
            next={
              connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
                ? {
                    href: nextPageHref(params, connection.pageInfo.endCursor),
                    title: 'Next',
                    label: `Page ${page + 1}`,
                  }
                : undefined
            }
          />
        </div>
      </div>
    </>
  );
}
