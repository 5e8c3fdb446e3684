import type { PersonPageQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatDateTime } from '../utils/format';
import { mentionsAsText } from '../utils/mention';
import { CommentBody } from './CommentBody';

type Person = NonNullable<PersonPageQuery['person']>;

export const ROLE_BADGES: Record<string, string> = {
  MEMBER: 'Member',
  ORGANISER: 'Event organiser',
  MODERATOR: 'Moderator',
  ICS_ADMIN: 'ICS administrator',
  REGIONAL_ADMIN: 'Regional administrator',
};

const STAGES: Record<string, string> = {
  EXPLORING: 'Exploring',
  PLANNING: 'Planning',
  PILOTING: 'Piloting',
  EMBEDDED: 'Embedded',
  SUSTAINED: 'Sustained',
  STOPPED: 'Stopped',
};

export interface PersonProfileProps {
  person: Person;
}

/** A verified member's profile: name, organisation, ICSs, role badges, their case studies, adoptions and recent comments. No contact details. */
export function PersonProfile({ person }: PersonProfileProps): ReactElement {
  return (
    <>
      <h1>{person.name}</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Organisation</dt>
          <dd className="nhsuk-summary-list__value">
            {person.organisation ? (
              <a href={`/organisations/${person.organisation.id}`}>{person.organisation.name}</a>
            ) : (
              'Not given'
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">ICS</dt>
          <dd className="nhsuk-summary-list__value">
            {person.icss.length ? person.icss.map((i) => i.shortName).join(', ') : 'Not given'}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Roles</dt>
          <dd className="nhsuk-summary-list__value">
            <ul className="nhsuk-list mic-badges">
              {person.roles.map((role) => (
                <li key={role}>
                  <strong className="nhsuk-tag nhsuk-tag--blue">{ROLE_BADGES[role] ?? role}</strong>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      <h2>Case studies</h2>
      {person.caseStudies.length ? (
        <ul className="nhsuk-list">
          {person.caseStudies.map((cs) => (
            <li key={cs.id}>
              <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
              <p className="nhsuk-body-s">{cs.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body">{person.name} has not published a case study yet.</p>
      )}

      <h2>Adoptions</h2>
      {person.adoptions.length ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {person.adoptions.map((a) => (
            <li key={a.id}>
              <a href={`/case-studies/${a.caseStudy.slug}`}>{a.caseStudy.title}</a> (
              {STAGES[a.stage] ?? a.stage})
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body">{person.name} has not recorded an adoption yet.</p>
      )}

      <h2>Recent comments</h2>
      {person.recentComments.length ? (
        <ol className="nhsuk-list mic-comment-list">
          {person.recentComments.map((c) => (
            <li key={c.id}>
              <article className="mic-comment" aria-labelledby={`recent-${c.id}`}>
                <p className="nhsuk-body-s" id={`recent-${c.id}`}>
                  In{' '}
                  <a href={`/discussions/${c.thread.id}#comment-${c.id}`}>
                    {mentionsAsText(c.thread.title)}
                  </a>{' '}
                  · {formatDateTime(c.createdAt)}
                </p>
                <CommentBody html={c.bodyHtml} />
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="nhsuk-body">No comments yet.</p>
      )}
    </>
  );
}
