import { FilterSelect, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { AdminPeopleParams } from '../utils/people-params';
import {
  ROLE_TEXT,
  ROLE_VALUES,
  STATUS_TEXT,
  STATUS_VALUES,
  isFiltered,
} from '../utils/people-params';

export interface PeopleFiltersProps {
  params: AdminPeopleParams;
  icss: ReadonlyArray<{ odsCode: string; name: string }>;
  organisations: ReadonlyArray<{ id: string; name: string }>;
}

/** The people search: a GET form (works without JavaScript). */
export function PeopleFilters({ params, icss, organisations }: PeopleFiltersProps): ReactElement {
  return (
    <form method="get" action="/admin/people" role="search" aria-label="Search people">
      <TextInput
        id="q"
        label="Name or email address"
        type="search"
        defaultValue={params.q ?? ''}
        spellCheck={false}
      />
      <FilterSelect
        id="ics"
        label="ICS"
        anyText="All ICSs"
        options={icss.map((i) => ({ value: i.odsCode, text: i.name }))}
        value={params.ics}
      />
      <FilterSelect
        id="organisation"
        label="Organisation"
        anyText="All organisations"
        options={organisations.map((o) => ({ value: o.id, text: o.name }))}
        value={params.organisation}
      />
      <FilterSelect
        id="role"
        label="Role"
        anyText="Any role"
        options={ROLE_VALUES.map((r) => ({ value: r, text: ROLE_TEXT[r] }))}
        value={params.role}
      />
      <FilterSelect
        id="status"
        label="Status"
        anyText="Any status"
        options={STATUS_VALUES.map((s) => ({ value: s, text: STATUS_TEXT[s] }))}
        value={params.status}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Search
      </button>
      {isFiltered(params) ? (
        <p className="nhsuk-body">
          <a href="/admin/people">Clear search</a>
        </p>
      ) : null}
    </form>
  );
}
