import type { HomeFeedQuery } from '@mic/web-data-access';
import { ActionForm, Pagination } from '@mic/web-ui';
import type { ActionFormState } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { groupByDay, ukTime } from './feed-days';
import { levelText, targetKindText } from './follow-levels';

export type HomeFeedTab = 'following' | 'region';

export interface HomeFeedProps {
  feed: HomeFeedQuery['homeFeed'];
  tab: HomeFeedTab;
  /** Server action behind the suggestions' follow buttons (comes back to the home page). */
  followAction: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  /** Whether this page continues an earlier one (`after` given). */
  continued: boolean;
  /** Now, for "Today" and "Yesterday". */
  now: Date;
}

const TABS: ReadonlyArray<{ tab: HomeFeedTab; text: string; href: string }> = [
  { tab: 'following', text: 'What you follow', href: '/' },
  { tab: 'region', text: 'Latest across the region', href: '/?tab=region' },
];

const SUBJECT_KINDS: Record<string, string> = {
  CASE_STUDY: 'Case study',
  ADOPTION: 'Adoption',
  TOOLKIT: 'Toolkit',
  EVENT: 'Event',
  THREAD: 'Discussion',
};

/** The signed-in home feed: two tabs (plain links), items grouped by day, "new" marks, paging, and suggestions when empty. */
export function HomeFeed({ feed, tab, followAction, continued, now }: HomeFeedProps): ReactElement {
  const items = feed.edges.map((e) => e.node);
  const fresh = items.filter((i) => i.isNew).length;
  const current = TABS.find((t) => t.tab === tab) ?? TABS[0];
  return (
    <section aria-labelledby="home-feed-heading" data-testid="home-feed">
      <nav className="nhsuk-contents-list" aria-label="Home feed">
        <ol className="nhsuk-contents-list__list">
          {TABS.map((t) => (
            <li
              key={t.tab}
              className="nhsuk-contents-list__item"
              aria-current={t.tab === tab ? 'page' : undefined}
            >
              {t.tab === tab ? (
                <span className="nhsuk-contents-list__current">{t.text}</span>
              ) : (
                <a className="nhsuk-contents-list__link" href={t.href}>
                  {t.text}
                </a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h2 className="nhsuk-heading-l" id="home-feed-heading">
        {current.text}
      </h2>
      {fresh > 0 ? (
        <p className="nhsuk-body" data-testid="new-since-last-visit">
          <strong>
            {fresh} new {fresh === 1 ? 'item' : 'items'} since your last visit
          </strong>
        </p>
      ) : null}
      {items.length === 0 ? (
        <EmptyFeed feed={feed} tab={tab} followAction={followAction} continued={continued} />
      ) : (
        groupByDay(items, now).map((group) => (
          <div key={group.key}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{group.heading}</h3>
            <ul className="nhsuk-list nhsuk-list--border">
              {group.items.map((item) => (
                <li key={`${item.source}:${item.id}`} data-testid="feed-item">
                  {item.isNew ? (
                    <>
                      <strong className="nhsuk-tag nhsuk-tag--blue">New</strong>{' '}
                    </>
                  ) : null}
                  <a href={item.subject.url}>{item.summary}</a>
                  <br />
                  <span className="nhsuk-body-s nhsuk-u-secondary-text-color">
                    {SUBJECT_KINDS[item.subject.type] ?? 'Update'},{' '}
                    <time dateTime={item.occurredAt}>{ukTime(new Date(item.occurredAt))}</time>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {feed.pageInfo.hasNextPage && feed.pageInfo.endCursor ? (
        <Pagination
          ariaLabel="Older items"
          next={{
            title: 'Older items',
            href: `/?${new URLSearchParams({
              ...(tab === 'region' ? { tab } : {}),
              after: feed.pageInfo.endCursor,
            }).toString()}`,
          }}
        />
      ) : null}
      <p>
        <a href="/settings/follows">Manage what you follow</a>
      </p>
    </section>
  );
}

function EmptyFeed({
  feed,
  tab,
  followAction,
  continued,
}: Omit<HomeFeedProps, 'now'>): ReactElement {
  if (continued) return <p>There is nothing older to show.</p>;
  if (tab === 'region') return <p>Nothing new across the region yet.</p>;
  return (
    <>
      <p>
        {feed.followingCount === 0
          ? 'You do not follow anything yet. Follow your integrated care system, organisations, themes, case studies, events and discussions to see what is new in them here.'
          : 'Nothing new in what you follow yet.'}{' '}
        <a href="/?tab=region">See the latest across the region</a>.
      </p>
      {feed.suggestions.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-m">Suggested for you</h3>
          <ul className="nhsuk-list nhsuk-list--border" data-testid="follow-suggestions">
            {feed.suggestions.map((s) => (
              <li key={`${s.targetType}:${s.targetId}`}>
                <a href={s.url}>{s.title}</a>
                <br />
                <span className="nhsuk-body-s">
                  {targetKindText(s.targetType)}: {s.reason}
                </span>
                {s.level ? (
                  <p className="nhsuk-body-s">Following ({levelText(s.level).toLowerCase()})</p>
                ) : (
                  <ActionForm action={followAction} initialState={{ errors: [] }}>
                    <input type="hidden" name="targetType" value={s.targetType} />
                    <input type="hidden" name="targetId" value={s.targetId} />
                    <input type="hidden" name="level" value="NORMAL" />
                    <input type="hidden" name="returnTo" value="/" />
                    <button
                      type="submit"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2"
                    >
                      Follow<span className="nhsuk-u-visually-hidden"> {s.title}</span>
                    </button>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
