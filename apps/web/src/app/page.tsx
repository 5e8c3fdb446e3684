import { HomeFeedDocument } from '@mic/web-data-access';
import type { HomeFeedQuery } from '@mic/web-data-access';
import { roleLinks } from '@mic/web-feature-auth';
import { HomeFeed } from '@mic/web-feature-discussions';
import type { HomeFeedTab } from '@mic/web-feature-discussions';
import { Card } from '@mic/web-ui';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../lib/apollo/rsc-client';
import { setFollowLevelAction } from '../lib/follows/actions';

import type { SessionUser } from '../lib/auth/session-user';
import { loadSessionUser } from '../lib/auth/session-user';
import { loadUnreadCount } from '../lib/discussions/unread-count';

interface HomeCard {
  href: string;
  heading: string;
  description: string;
}

function CardGroup({ cards }: { cards: HomeCard[] }): ReactElement {
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {cards.map((card) => (
        <li key={card.href} className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href={card.href}
            heading={card.heading}
            description={card.description}
            headingLevel={3}
          />
        </li>
      ))}
    </ul>
  );
}

const EXPLORE: HomeCard[] = [
  {
    href: '/case-studies',
    heading: 'Case studies',
    description: 'Proven practice from across the Midlands, with the evidence behind it.',
  },
  {
    href: '/events',
    heading: 'Events',
    description: 'Learning days, workshops and clinics you can book a place at.',
  },
  {
    href: '/ics',
    heading: 'ICS directory',
    description: 'The 11 Midlands integrated care systems, their places and organisations.',
  },
];

interface FeedView {
  feed: HomeFeedQuery['homeFeed'];
  tab: HomeFeedTab;
  continued: boolean;
}

/** Signed in: their home feed, then what they can do next (not the pitch for joining). */
function SignedInHome({
  user,
  unread,
  feed,
}: {
  user: SessionUser;
  unread: number;
  feed: FeedView | null;
}): ReactElement {
  const firstName = user.name.split(/\s+/)[0] || user.name;
  const yours: HomeCard[] = [
    {
      href: '/account',
      heading: 'My account',
      description: user.verified
        ? 'Your details, organisation, password and where you are signed in.'
        : 'Your details and what to do next to be verified as a member of your organisation.',
    },
    {
      href: '/my/registrations',
      heading: 'My events',
      description: 'Events you have registered for, your tickets and your calendar feed.',
    },
    {
      href: '/case-studies/new',
      heading: 'Share a case study',
      description: 'Write up your organisation’s practice so others can lift and shift it.',
    },
    {
      href: '/notifications',
      heading: 'Notifications',
      description:
        unread > 0
          ? `You have ${unread} unread ${unread === 1 ? 'notification' : 'notifications'}.`
          : 'Mentions, replies and changes to toolkits you follow.',
    },
    {
      href: '/toolkits',
      heading: 'Toolkits',
      description: 'Toolkits and assessments you can use, follow and discuss.',
    },
  ];
  const work = roleLinks(user);
  return (
    <>
      <h1 className="nhsuk-heading-xl">Welcome, {firstName}</h1>
      <p className="nhsuk-lede-text">
        You are signed in to Midlands Improvement Commons as {user.name}.
      </p>
      {feed ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <HomeFeed
              feed={feed.feed}
              tab={feed.tab}
              continued={feed.continued}
              followAction={setFollowLevelAction}
              now={new Date()}
            />
          </div>
        </div>
      ) : (
        <p>Your home feed is not available just now. Please try again later.</p>
      )}
      {work.length > 0 ? (
        <>
          <h2 className="nhsuk-heading-l">Your work</h2>
          <CardGroup
            cards={work.map((link) => ({
              href: link.href,
              heading: link.text,
              description: link.description,
            }))}
          />
        </>
      ) : null}
      <h2 className="nhsuk-heading-l">Your account and activity</h2>
      <CardGroup cards={yours} />
      <h2 className="nhsuk-heading-l">Explore</h2>
      <CardGroup cards={EXPLORE} />
    </>
  );
}

function SignedOutHome(): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Midlands Improvement Commons</h1>
      <p className="nhsuk-lede-text">
        A shared place for the 11 integrated care systems (ICSs) of NHS Midlands to share work,
        learn from each other and lift and shift what works for the NHS&apos;s 4th purpose: helping
        to support broader social and economic development.
      </p>
      <p>
        NHS bodies, councils, voluntary and community organisations, colleges and businesses use it
        to find proven practice, such as local employment programmes and social value in
        procurement, and to see who is doing what across the region.
      </p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/ics"
            heading="ICS directory"
            description="The 11 Midlands integrated care systems, their places and organisations."
          />
        </li>
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/organisations"
            heading="Organisations"
            description="Search anchor organisations and partners by name, ICS or type."
          />
        </li>
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/sign-up"
            heading="Create an account"
            description="Join as a member of your organisation to take part."
          />
        </li>
      </ul>
    </>
  );
}

const feedParams = z.object({
  tab: z.enum(['following', 'region']).catch('following'),
  after: z.string().min(1).max(400).optional().catch(undefined),
});

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadFeed(tab: HomeFeedTab, after: string | undefined): Promise<FeedView | null> {
  try {
    const { data } = await getClient().query({
      query: HomeFeedDocument,
      variables: { first: 20, after, scope: tab === 'region' ? 'REGION' : 'FOLLOWING' },
      fetchPolicy: 'no-cache',
    });
    return data ? { feed: data.homeFeed, tab, continued: !!after } : null;
  } catch {
    // A stale cursor or an unavailable API: the rest of the home page still works.
    return null;
  }
}

export default async function HomePage({ searchParams }: HomePageProps): Promise<ReactElement> {
  const user = await loadSessionUser();
  if (!user) return <SignedOutHome />;
  const { tab, after } = feedParams.parse(await searchParams);
  const [unread, feed] = await Promise.all([loadUnreadCount(), loadFeed(tab, after)]);
  return <SignedInHome user={user} unread={unread} feed={feed} />;
}
