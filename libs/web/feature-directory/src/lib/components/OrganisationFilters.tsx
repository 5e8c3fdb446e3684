import type { OrganisationFilterOptionsQuery } from '@mic/web-data-access';
import { FilterForm, FilterSelect } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { OrganisationsSearchParams } from '../utils/directory-params';

export interface OrganisationFiltersProps {
  options: OrganisationFilterOptionsQuery;
  current: OrganisationsSearchParams;
}

/** GET form filtering organisations by name, ICS and type (no JavaScript needed). */
export function OrganisationFilters({ options, current }: OrganisationFiltersProps): ReactElement {
  return (
    <FilterForm
      action="/organisations"
      label="Filter organisations"
      searchLabel="Search by name"
      q={current.q}
      filtered={Boolean(current.q || current.ics || current.type)}
    >
      <FilterSelect
        id="ics"
        label="Integrated care system"
        anyText="All ICSs"
        options={options.icss.map((ics) => ({ value: ics.odsCode, text: ics.shortName }))}
        value={current.ics}
      />
      <FilterSelect
        id="type"
        label="Type of organisation"
        anyText="All types"
        options={options.organisationTypes.map((type) => ({ value: type.key, text: type.label }))}
        value={current.type}
      />
    </FilterForm>
  );
}
