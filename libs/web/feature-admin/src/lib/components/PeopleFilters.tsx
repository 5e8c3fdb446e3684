import { Select, TextInput } from '@mic/web-ui';
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
      <Select
        id="ics"
        label="ICS"
        options={[
          { value: '', text: 'All ICSs' },
          ...icss.map((i) => ({ value: i.odsCode, text: i.name })),
        ]}
        defaultValue={params.ics ?? ''}
      />
      <Select
        id="organisation"
        label="Organisation"
        options={[
          { value: '', text: 'All organisations' },
          ...organisations.map((o) => ({ value: o.id, text: o.name })),
        ]}
        defaultValue={params.organisation ?? ''}
      />
      <Select
        id="role"
        label="Role"
        options={[
          { value: '', text: 'Any role' },
          ...ROLE_VALUES.map((r) => ({ value: r, text: ROLE_TEXT[r] })),
        ]}
        defaultValue={params.role ?? ''}
      />
      <Select
        id="status"
        label="Status"
        options={[
          { value: '', text: 'Any status' },
          ...STATUS_VALUES.map((s) => ({ value: s, text: STATUS_TEXT[s] })),
        ]}
        defaultValue={params.status ?? ''}
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
