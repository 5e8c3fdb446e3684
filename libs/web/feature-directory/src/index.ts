// Public API of @mic/web-feature-directory.
export { IcsDetail } from './lib/components/IcsDetail';
export type { IcsDetailData, IcsDetailProps } from './lib/components/IcsDetail';
export { IcsDirectory, groupBySubRegion } from './lib/components/IcsDirectory';
export type { IcsDirectoryProps, IcsSummary } from './lib/components/IcsDirectory';
export { OrganisationDetail } from './lib/components/OrganisationDetail';
export type {
  OrganisationDetailData,
  OrganisationDetailProps,
} from './lib/components/OrganisationDetail';
export { OrganisationDirectory } from './lib/components/OrganisationDirectory';
export type { OrganisationDirectoryProps } from './lib/components/OrganisationDirectory';
export { OrganisationFilters } from './lib/components/OrganisationFilters';
export type { OrganisationFiltersProps } from './lib/components/OrganisationFilters';
export { OrganisationSummaryList } from './lib/components/OrganisationSummaryList';
export type {
  OrganisationListItem,
  OrganisationSummaryListProps,
} from './lib/components/OrganisationSummaryList';
export {
  ORGANISATIONS_PAGE_SIZE,
  odsCodeSchema,
  organisationIdSchema,
  organisationsHref,
  organisationsSearchParamsSchema,
} from './lib/utils/directory-params';
export type { OrganisationsSearchParams } from './lib/utils/directory-params';
export { AdminForm } from './lib/admin/AdminForm';
export type { AdminFormProps } from './lib/admin/AdminForm';
export {
  EMPTY_ADMIN_FORM,
  formString,
  formStrings,
  isOrganisationId,
  splitList,
} from './lib/admin/admin-form-state';
export type { AdminField, AdminFormState } from './lib/admin/admin-form-state';
