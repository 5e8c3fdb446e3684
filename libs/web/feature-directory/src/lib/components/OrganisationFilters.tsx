import type { OrganisationFilterOptionsQuery } from '@mic/web-data-access';
import { Button, Select, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { OrganisationsSearchParams } from '../utils/directory-params';

export interface OrganisationFiltersProps {
  options: OrganisationFilterOptionsQuery;
  current: OrganisationsSearchParams;
}

/** GET form filtering organisations by name, ICS and type (no JavaScript needed). */
export function OrganisationFilters({ options, current }: OrganisationFiltersProps): ReactElement {
  return (
    <form method="get" action="/organisations" role="search" aria-label="Filter organisations">
      <TextInput
        id="q"
        label="Search by name"
        type="search"
        defaultValue={current.q}
        spellCheck={false}
      />
      <Select
        id="ics"
        label="Integrated care system"
        options={[
          { value: '', text: 'All ICSs' },
          ...options.icss.map((ics) => ({ value: ics.odsCode, text: ics.shortName })),
        ]}
        defaultValue={current.ics ?? ''}
      />
      <Select
        id="type"
        label="Type of organisation"
        options={[
          { value: '', text: 'All types' },
          ...options.organisationTypes.map((type) => ({ value: type.key, text: type.label })),
        ]}
        defaultValue={current.type ?? ''}
      />
      <Button variant="secondary">Apply filters</Button>
      {current.q || current.ics || current.type ? (
        <p>
          <a href="/organisations">Clear filters</a>
        </p>
      ) : null}
    </form>
  );
}
