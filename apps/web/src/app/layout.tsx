import '../styles/generated/nhsuk-frontend.css';
import './globals.css';

import { Footer, Header, Icon, SkipLink } from '@mic/web-ui';
import type { HeaderAccountItem } from '@mic/web-ui';
import { SignOutForm, roleLinks } from '@mic/web-feature-auth';
import { HeaderSearch } from '@mic/web-feature-search';
import type { Metadata } from 'next';
import type { ReactElement, ReactNode } from 'react';

import { signOutAction } from '../lib/auth/actions';
import { loadSessionUser } from '../lib/auth/session-user';
import { loadUnreadCount } from '../lib/discussions/unread-count';
import { requestPath } from '../lib/navigation/request-path';

const SERVICE_NAME = 'Midlands Improvement Commons';

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description:
    'Share, find and lift and shift 4th-purpose practice across the 11 integrated care systems of NHS Midlands.',
  icons: {
    icon: [
      { url: '/assets/images/favicon.ico', sizes: '48x48' },
      { url: '/assets/images/favicon.svg', type: 'image/svg+xml' },
    ],
    apple: '/assets/images/nhsuk-icon-180.png',
  },
};

export default async function RootLayout({
  children,
}: {
  children: ReactNode;
}): Promise<ReactElement> {
  const user = await loadSessionUser();
  const currentPath = await requestPath();
  const unread = user ? await loadUnreadCount() : 0;
  const account: HeaderAccountItem[] = user
    ? [
        {
          key: 'notifications',
          href: '/notifications',
          text: unread ? `Notifications (${unread} unread)` : 'Notifications',
        },
        { key: 'account', href: '/account', text: 'My account' },
        { key: 'registrations', href: '/my/registrations', text: 'My events' },
        { key: 'sign-out', content: <SignOutForm variant="header" action={signOutAction} /> },
      ]
    : [
        { key: 'sign-in', href: '/sign-in', text: 'Sign in' },
        { key: 'sign-up', href: '/sign-up', text: 'Create account' },
      ];
  // Work links for the roles the person holds (review queue, moderation, admin, join requests).
  const work = user
    ? roleLinks(user).map((link) => ({ href: link.href, text: link.text, matchPrefix: true }))
    : [];
  return (
    <html lang="en-GB">
      <body>
        <SkipLink />
        <Header
          serviceName={SERVICE_NAME}
          currentPath={currentPath}
          navigation={[
            { href: '/', text: 'Home' },
            { href: '/ics', text: 'ICS directory', matchPrefix: true },
            { href: '/region', text: 'Region', matchPrefix: true },
            { href: '/organisations', text: 'Organisations', matchPrefix: true },
            { href: '/case-studies', text: 'Case studies', matchPrefix: true },
            { href: '/spread', text: 'Spread', matchPrefix: true },
            { href: '/events', text: 'Events', matchPrefix: true },
            { href: '/toolkits', text: 'Toolkits', matchPrefix: true },
            ...work,
          ]}
          account={account}
          search={<HeaderSearch submitIcon={<Icon name="search" />} />}
        />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" role="main">
            {children}
          </main>
        </div>
        <Footer
          links={[
            { href: '/metrics', text: 'Metric dictionary' },
            { href: '/accessibility', text: 'Accessibility statement' },
            { href: '/privacy', text: 'Privacy notice' },
          ]}
          copyright="© NHS England Midlands"
        />
      </body>
    </html>
  );
}
