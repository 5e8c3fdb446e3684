import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { badInput, notFound } from '../../common/errors/domain.exception';
import { DirectoryRepository } from '../directory/directory.repository';
import type { ThreadSubjectType } from '../discussions/discussions.constants';
import { DiscussionsRepository } from '../discussions/discussions.repository';
import { SubjectRegistry } from '../discussions/subjects/subject-registry';
import { FollowTargetType } from './follows.constants';

const ODS_CODE = /^[A-Za-z0-9]{3,5}$/;
const THEME_KEY = /^[A-Za-z0-9_]{1,60}$/;

/** A followed thing's name and page, for the settings list and suggestions. */
export interface FollowTargetInfo {
  title: string;
  url: string;
}

export const targetKey = (type: string, id: string): string => `${type}:${id}`;

/**
 * What can be followed, asked of its owner: threads of discussions, ICSs and
 * organisations of the directory, and everything discussable (case studies,
 * events, toolkits, themes) of its subject provider. Default deny: a type
 * without a check here cannot be followed.
 */
@Injectable()
export class FollowTargetsService {
  constructor(
    private readonly subjects: SubjectRegistry,
    private readonly threads: DiscussionsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /**
   * The id as follows store it (ICSs by ODS code): malformed ids are
   * BAD_USER_INPUT, unknown or hidden targets NOT_FOUND.
   */
  async canonicalId(type: FollowTargetType, id: string): Promise<string> {
    const trimmed = id.trim();
    switch (type) {
      case FollowTargetType.ICS: {
        if (!ODS_CODE.test(trimmed) && !isUUID(trimmed, 'loose')) throw malformed();
        const ics = ODS_CODE.test(trimmed)
          ? await this.directory.findIcsByOdsCode(trimmed.toUpperCase())
          : (await this.directory.findIcssByIds([trimmed]))[0];
        if (!ics) throw notFound('That ICS');
        return ics.odsCode;
      }
      case FollowTargetType.ORGANISATION: {
        if (!isUUID(trimmed, 'loose')) throw malformed();
        if (!(await this.directory.findOrganisationById(trimmed)))
          throw notFound('That organisation');
        return trimmed;
      }
      case FollowTargetType.THREAD: {
        if (!isUUID(trimmed, 'loose')) throw malformed();
        if (!(await this.threads.threadExists(trimmed))) throw notFound('That thread');
        return trimmed;
      }
      case FollowTargetType.THEME:
      case FollowTargetType.CASE_STUDY:
      case FollowTargetType.EVENT:
      case FollowTargetType.TOOLKIT: {
        const ok =
          type === FollowTargetType.THEME ? THEME_KEY.test(trimmed) : isUUID(trimmed, 'loose');
        if (!ok) throw malformed();
        const subjectType = type as string as ThreadSubjectType;
        if (!this.subjects.supports(subjectType)) throw notFound('That');
        const subject = await this.subjects.resolve(subjectType, trimmed);
        if (subject?.id !== trimmed) throw notFound('That');
        return trimmed;
      }
      default:
        throw badInput('That cannot be followed.', 'targetType');
    }
  }

  /** Names and pages of followed targets (keyed by `targetKey`), a few statements per type at most. */
  async describe(
    targets: readonly { type: string; id: string }[],
  ): Promise<Map<string, FollowTargetInfo>> {
    const ids = (type: FollowTargetType) => [
      ...new Set(targets.filter((t) => t.type === type).map((t) => t.id)),
    ];
    const result = new Map<string, FollowTargetInfo>();
    const icsCodes = ids(FollowTargetType.ICS);
    const orgIds = ids(FollowTargetType.ORGANISATION).filter((id) => isUUID(id, 'loose'));
    const [icss, orgs, threads, ...subjects] = await Promise.all([
      icsCodes.length ? this.directory.findIcssByOdsCodes(icsCodes) : [],
      orgIds.length ? this.directory.findOrganisationsByIds(orgIds) : [],
      this.threads.findThreadTitles(ids(FollowTargetType.THREAD)),
      ...[
        FollowTargetType.CASE_STUDY,
        FollowTargetType.EVENT,
        FollowTargetType.TOOLKIT,
        FollowTargetType.THEME,
      ].map(async (type) => {
        const subjectType = type as string as ThreadSubjectType;
        const wanted = ids(type);
        if (!wanted.length || !this.subjects.supports(subjectType)) return [];
        const found = await this.subjects.resolveMany(subjectType, wanted);
        return [...found.values()].map((s) => ({ type, id: s.id, title: s.title, url: s.link }));
      }),
    ]);
    for (const i of icss) {
      result.set(targetKey('ICS', i.odsCode), { title: i.name, url: `/ics/${i.odsCode}` });
    }
    for (const o of orgs) {
      result.set(targetKey('ORGANISATION', o.id), { title: o.name, url: `/organisations/${o.id}` });
    }
    for (const t of threads) {
      result.set(targetKey('THREAD', t.id), { title: t.title, url: `/discussions/${t.id}` });
    }
    for (const s of subjects.flat()) {
      result.set(targetKey(s.type, s.id), { title: s.title, url: s.url });
    }
    return result;
  }
}

function malformed() {
  return badInput('That is not a valid id for this kind of thing.', 'targetId');
}
