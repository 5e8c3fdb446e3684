import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import { FeedSourceRegistry } from '../../common/feed/feed-source';
import type { FeedCursor, FeedSubjectRef, SourcedFeedItem } from '../../common/feed/feed-source';
import { DirectoryRepository } from '../directory/directory.repository';
import { UsersRepository } from '../users/users.repository';
import type { FollowEntity } from './entities/follow.entity';
import { FollowLevel, FollowTargetType } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import type { FollowSuggestionModel, HomeFeedModel } from './graphql/home-feed.models';
import { HomeFeedScope } from './graphql/home-feed.models';

const SUGGESTED_THEMES = 3;
const SUGGESTED_CASE_STUDIES = 3;

/** Opaque cursor: the last item's instant, source and id. */
export function encodeFeedCursor(item: FeedCursor): string {
  return Buffer.from(
    JSON.stringify([item.occurredAt.toISOString(), item.source, item.id]),
    'utf8',
  ).toString('base64url');
}

export function decodeFeedCursor(cursor: string | null | undefined): FeedCursor | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 200)
    ) {
      const [at, source, id] = value as string[];
      const occurredAt = new Date(at);
      if (!Number.isNaN(occurredAt.getTime())) return { occurredAt, source, id };
    }
  } catch {
    // falls through to the error below
  }
  throw badInput('The cursor is not valid.', 'after');
}

/**
 * The signed-in home page: what happened in what the viewer follows (or,
 * on the region tab, everywhere), through the feed contribution point; the
 * "new since your last visit" mark; and, when there is nothing yet, what
 * they might follow. A fixed number of statements whatever the page size.
 */
@Injectable()
export class HomeFeedService {
  constructor(
    private readonly repo: FollowsRepository,
    private readonly feed: FeedSourceRegistry,
    private readonly directory: DirectoryRepository,
    private readonly users: UsersRepository,
  ) {}

  async homeFeed(
    viewer: AuthUser,
    args: { first?: number; after?: string | null; scope?: HomeFeedScope },
  ): Promise<HomeFeedModel> {
    const first = args.first ?? 20;
    const after = decodeFeedCursor(args.after);
    const scope = args.scope ?? HomeFeedScope.FOLLOWING;
    const [follows, previousVisitAt] = await Promise.all([
      this.repo.findFollowsOf(viewer.id),
      after
        ? this.repo.previousHomeVisit(viewer.id)
        : this.repo.recordHomeVisit(viewer.id, new Date()),
    ]);
    const muted = new Set(
      follows
        .filter((f) => f.level === FollowLevel.MUTED)
        .map((f) => `${f.targetType}:${f.targetId}`),
    );
    const subjects: FeedSubjectRef[] = follows
      .filter((f) => f.level !== FollowLevel.MUTED)
      .map((f) => ({ type: f.targetType, id: f.targetId }));
    // Following nothing still asks the sources about the viewer themselves (replies, mentions).
    const items = await this.feed.items({
      subjects: scope === HomeFeedScope.REGION ? null : subjects,
      before: null,
      after,
      limit: first + 1,
      viewer,
    });
    const shown = items.filter((i) => !muted.has(`${i.subject.type}:${i.subject.id}`));
    const page = shown.slice(0, first);
    const last = page[page.length - 1];
    return {
      scope,
      edges: page.map((item) => ({
        cursor: encodeFeedCursor(item),
        node: toModel(item, previousVisitAt),
      })),
      pageInfo: {
        hasNextPage: items.length > first,
        endCursor: last ? encodeFeedCursor(last) : null,
      },
      previousVisitAt,
      followingCount: subjects.length,
      suggestions:
        !after && scope === HomeFeedScope.FOLLOWING && !page.length
          ? await this.suggestions(viewer, follows)
          : [],
    };
  }

  /** Your ICS and organisation, case studies from your ICS and popular themes, with your level if followed. */
  private async suggestions(
    viewer: AuthUser,
    follows: FollowEntity[],
  ): Promise<FollowSuggestionModel[]> {
    const organisationId = viewer.membership?.organisationId ?? viewer.organisationId;
    const [links, organisation, types, themes, popular] = await Promise.all([
      organisationId ? this.directory.findIcsLinks([organisationId]) : [],
      organisationId ? this.directory.findOrganisationById(organisationId) : null,
      this.directory.findOrganisationTypes(),
      this.directory.findThemes(),
      this.repo.popularThemes(SUGGESTED_THEMES),
    ]);
    const typeLabel = organisation
      ? types.find((t) => t.key === organisation.typeKey)?.label
      : undefined;
    const likeYours = organisation ? await this.popularWithType(organisation.typeKey) : [];
    const icss = links.flatMap((l) => (l.ics ? [l.ics] : []));
    const fromIcs = icss.length
      ? await this.feed.items({
          subjects: icss.map((i) => ({ type: 'ICS', id: i.odsCode })),
          before: null,
          limit: 20,
          viewer,
        })
      : [];
    const level = (type: FollowTargetType, id: string) =>
      (follows.find((f) => f.targetType === type && f.targetId === id)?.level as FollowLevel) ??
      null;
    const out: Omit<FollowSuggestionModel, 'level'>[] = [];
    for (const ics of icss) {
      out.push({
        targetType: FollowTargetType.ICS,
        targetId: ics.odsCode,
        title: ics.name,
        url: `/ics/${ics.odsCode}`,
        reason: 'Your integrated care system',
      });
    }
    if (organisation) {
      const type = typeLabel;
      out.push({
        targetType: FollowTargetType.ORGANISATION,
        targetId: organisation.id,
        title: organisation.name,
        url: `/organisations/${organisation.id}`,
        reason: type ? `Your organisation (${type})` : 'Your organisation',
      });
    }
    const seen = new Set<string>();
    for (const item of fromIcs) {
      if (item.subject.type !== 'CASE_STUDY' || seen.has(item.subject.id)) continue;
      if (seen.size >= SUGGESTED_CASE_STUDIES) break;
      seen.add(item.subject.id);
      out.push({
        targetType: FollowTargetType.CASE_STUDY,
        targetId: item.subject.id,
        title: item.subject.title,
        url: item.subject.url,
        reason: `Case study from ${icss[0]?.shortName ?? 'your ICS'}`,
      });
    }
    const themeKeys = [...new Set([...likeYours, ...popular, ...themes.map((t) => t.key)])].slice(
      0,
      SUGGESTED_THEMES,
    );
    for (const key of themeKeys) {
      const theme = themes.find((t) => t.key === key);
      if (!theme) continue;
      out.push({
        targetType: FollowTargetType.THEME,
        targetId: theme.key,
        title: theme.label,
        url: `/themes/${theme.key}`,
        reason: likeYours.includes(key)
          ? `Popular with other ${typeLabel ?? 'similar'} organisations`
          : popular.includes(key)
            ? 'Popular theme'
            : 'Theme',
      });
    }
    return out.map((s) => ({ ...s, level: level(s.targetType, s.targetId) }));
  }

  /** Themes most followed by verified members of organisations of this type. */
  private async popularWithType(typeKey: string): Promise<string[]> {
    const organisationIds = await this.directory.organisationIdsOfType(typeKey);
    const people = await this.users.verifiedIdsInOrganisations(organisationIds);
    return people.length ? this.repo.popularThemes(SUGGESTED_THEMES, people) : [];
  }
}

function toModel(item: SourcedFeedItem, previousVisitAt: Date | null) {
  return {
    id: item.id,
    source: item.source,
    verb: item.verb,
    summary: item.summary,
    subject: { ...item.subject },
    occurredAt: item.occurredAt,
    isNew: !!previousVisitAt && item.occurredAt > previousVisitAt,
  };
}
