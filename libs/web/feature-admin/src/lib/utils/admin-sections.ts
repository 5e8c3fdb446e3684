/** The admin areas, in the order the landing page and the sub-navigation show them. */
export interface AdminSection {
  href: string;
  title: string;
  description: string;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    href: '/admin/people',
    title: 'People',
    description:
      'Find people, change their roles, verify memberships, suspend and restore accounts.',
  },
  {
    href: '/admin/organisations',
    title: 'Organisations',
    description: 'Add and edit organisations, and merge duplicates.',
  },
  {
    href: '/admin/requests',
    title: 'Organisation requests',
    description:
      'Decide requests for organisations that are not listed, and people waiting to join.',
  },
  {
    href: '/admin/sign-in',
    title: 'Sign-in connections',
    description: 'Organisation sign-in (NHSmail, Microsoft Entra ID) for email domains.',
  },
  {
    href: '/admin/reference-data',
    title: 'Reference data',
    description: 'Themes, organisation types and metrics.',
  },
  {
    href: '/admin/audit',
    title: 'Audit log',
    description: 'Who did what and when, with filters and a CSV export.',
  },
];

/** Whether this person may open the admin area (the API checks every action too). */
export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('REGIONAL_ADMIN') || roles.includes('ICS_ADMIN');
}
