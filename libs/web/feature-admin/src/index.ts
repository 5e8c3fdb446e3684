// Public API of @mic/web-feature-admin.
export { AdminLanding } from './lib/components/AdminLanding';
export { AdminNav, currentAdminSection } from './lib/components/AdminNav';
export type { AdminNavProps } from './lib/components/AdminNav';
export { AdminNotAllowed } from './lib/components/AdminNotAllowed';
export { PeopleFilters } from './lib/components/PeopleFilters';
export type { PeopleFiltersProps } from './lib/components/PeopleFilters';
export { PeopleTable } from './lib/components/PeopleTable';
export { PersonDetails, formatAdminDate } from './lib/components/PersonDetails';
export type { AdminPerson } from './lib/components/PersonDetails';
export { MembershipSection, RolesSection, SuspensionSection } from './lib/components/PersonForms';
export type {
  MembershipSectionProps,
  RoleRow,
  RolesSectionProps,
  SuspensionSectionProps,
} from './lib/components/PersonForms';
export { ADMIN_SECTIONS, isAdmin } from './lib/utils/admin-sections';
export type { AdminSection } from './lib/utils/admin-sections';
export {
  ADMIN_PEOPLE_PAGE_SIZE,
  ROLE_TEXT,
  ROLE_VALUES,
  STATUS_TEXT,
  adminPeopleFilter,
  adminPeopleHref,
  isFiltered,
  parseAdminPeopleParams,
  personStatus,
} from './lib/utils/people-params';
export type { AdminPeopleParams } from './lib/utils/people-params';
