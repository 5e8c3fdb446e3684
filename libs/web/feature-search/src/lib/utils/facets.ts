import type { SearchQuery } from '@mic/web-data-access';

import type { FilterField, SearchParams } from './search-params';
import { FILTER_FIELDS, SEARCH_TYPE_LABELS, isFilterField } from './search-params';

type ApiFacet = SearchQuery['search']['facets'][number];

export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface FacetView {
  field: FilterField;
  label: string;
  values: FacetValueView[];
}

const FIELD_LABELS: Record<FilterField, string> = {
  types: 'Type',
  ics: 'Integrated care system',
  themes: 'Theme',
  evidenceLevels: 'Evidence level',
  adoptionStages: 'Adoption stage',
  updated: 'Last updated',
};

const UPDATED_LABELS: Record<string, string> = {
  LAST_30_DAYS: 'In the last 30 days',
  LAST_12_MONTHS: 'In the last 12 months',
  OLDER: 'More than 12 months ago',
};

/** A value's label when the API gave none (a chosen value that no longer matches anything). */
export function fallbackLabel(field: FilterField, value: string): string {
  if (field === 'types')
    return SEARCH_TYPE_LABELS[value as keyof typeof SEARCH_TYPE_LABELS] ?? value;
  if (field === 'updated') return UPDATED_LABELS[value] ?? value;
  return value;
}

/**
 * The facets to show, in a fixed order: the API's values with their counts
 * (none with a zero count unless chosen), and every chosen value even when
 * the API no longer lists it, so it can be unticked. Unknown fields are ignored.
 */
export function facetViews(facets: readonly ApiFacet[], params: SearchParams): FacetView[] {
  const byField = new Map<FilterField, ApiFacet>();
  for (const facet of facets) if (isFilterField(facet.field)) byField.set(facet.field, facet);
  const views: FacetView[] = [];
  for (const field of FILTER_FIELDS) {
    const facet = byField.get(field);
    const chosen = new Set(params[field]);
    const values: FacetValueView[] = (facet?.values ?? [])
      .filter((v) => v.count > 0 || chosen.has(v.value))
      .map((v) => ({
        value: v.value,
        label: v.label,
        count: v.count,
        checked: chosen.has(v.value),
      }));
    for (const value of chosen) {
      if (!values.some((v) => v.value === value)) {
        values.push({ value, label: fallbackLabel(field, value), count: 0, checked: true });
      }
    }
    if (values.length) views.push({ field, label: facet?.label || FIELD_LABELS[field], values });
  }
  return views;
}

/** The chosen filters with their labels, for the "clear" links. */
export function chosenFilters(
  views: readonly FacetView[],
): Array<{ field: FilterField; value: string; label: string; facetLabel: string }> {
  return views.flatMap((view) =>
    view.values
      .filter((v) => v.checked)
      .map((v) => ({ field: view.field, value: v.value, label: v.label, facetLabel: view.label })),
  );
}
