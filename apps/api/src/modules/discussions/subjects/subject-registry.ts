import { Injectable } from '@nestjs/common';

import { isUuid } from '../../../common/ids/uuid';
import { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import { CaseStudyStatus } from '../../case-studies/case-study.enums';
import { DirectoryRepository } from '../../directory/directory.repository';
import { EventStatus } from '../../events/entities/event.entity';
import { EventsRepository } from '../../events/events.repository';
import { ToolkitsRepository } from '../../toolkits/toolkits.repository';
import { ThreadSubjectType } from '../discussions.constants';

/** What discussions need to know about a thread's subject. */
export interface ThreadSubject {
  type: ThreadSubjectType;
  /** Normalised id stored on the thread. */
  id: string;
  title: string;
  /** Path in the web app. */
  link: string;
  /** People who own it (may pin, lock and accept answers). */
  ownerUserIds: string[];
  /** Verified members of this organisation also own it. */
  ownerOrganisationId: string | null;
  /** The followable target whose WATCHING followers hear of new threads. */
  followTarget: { type: string; id: string } | null;
}

export type SubjectResolver = (id: string) => Promise<ThreadSubject | null>;

/**
 * One resolver per subject type (all six are available). A subject that does
 * not exist or is not visible to members is refused as BAD_USER_INPUT.
 */
@Injectable()
export class SubjectRegistry {
  private readonly resolvers = new Map<ThreadSubjectType, SubjectResolver>();

  constructor(
    toolkits: ToolkitsRepository,
    directory: DirectoryRepository,
    events: EventsRepository,
    caseStudies: CaseStudiesRepository,
  ) {
    this.register(ThreadSubjectType.GENERAL, async () => ({
      type: ThreadSubjectType.GENERAL,
      id: 'general',
      title: 'General discussion',
      link: '/discussions',
      ownerUserIds: [],
      ownerOrganisationId: null,
      followTarget: null,
    }));
    this.register(ThreadSubjectType.THEME, async (key) => {
      const theme = (await directory.findThemes()).find((t) => t.key === key);
      return theme
        ? {
            type: ThreadSubjectType.THEME,
            id: theme.key,
            title: theme.label,
            link: `/themes/${theme.key}`,
            ownerUserIds: [],
            ownerOrganisationId: null,
            followTarget: { type: 'THEME', id: theme.key },
          }
        : null;
    });
    // Events: published, completed or cancelled ones (drafts are not visible to members).
    this.register(ThreadSubjectType.EVENT, async (id) => {
      const event = isUuid(id) ? await events.findEvent(id) : null;
      return event && event.status !== EventStatus.DRAFT
        ? {
            type: ThreadSubjectType.EVENT,
            id: event.id,
            title: event.title,
            link: `/events/${event.id}`,
            ownerUserIds: event.organiserUserIds,
            ownerOrganisationId: event.organiserOrganisationId,
            followTarget: { type: 'EVENT', id: event.id },
          }
        : null;
    });
    // Case studies: published or archived ones (drafts are private to their authors' organisation).
    // The originator is the author and verified members of the authoring organisation.
    this.register(ThreadSubjectType.CASE_STUDY, async (id) => {
      const study = isUuid(id) ? await caseStudies.findById(id) : null;
      return study &&
        (study.status === CaseStudyStatus.PUBLISHED || study.status === CaseStudyStatus.ARCHIVED)
        ? {
            type: ThreadSubjectType.CASE_STUDY,
            id: study.id,
            title: study.title,
            link: `/case-studies/${study.slug}`,
            ownerUserIds: study.authorId ? [study.authorId] : [],
            ownerOrganisationId: study.organisationId,
            followTarget: { type: 'CASE_STUDY', id: study.id },
          }
        : null;
    });
    this.register(ThreadSubjectType.TOOLKIT, async (id) => {
      const toolkit = isUuid(id) ? await toolkits.findById(id) : null;
      return toolkit
        ? {
            type: ThreadSubjectType.TOOLKIT,
            id: toolkit.id,
            title: toolkit.title,
            link: `/toolkits/${toolkit.slug}`,
            ownerUserIds: toolkit.createdById ? [toolkit.createdById] : [],
            ownerOrganisationId: toolkit.ownerOrganisationId,
            followTarget: { type: 'TOOLKIT', id: toolkit.id },
          }
        : null;
    });
    this.register(ThreadSubjectType.TOOLKIT_SECTION, async (id) => {
      const [toolkitId, sectionKey] = id.split(':');
      if (!toolkitId || !sectionKey || !isUuid(toolkitId)) return null;
      const toolkit = await toolkits.findById(toolkitId);
      const version = toolkit ? await toolkits.findCurrentVersion(toolkit.id) : null;
      const section = version?.sections.find((s) => s.key === sectionKey);
      return toolkit && section
        ? {
            type: ThreadSubjectType.TOOLKIT_SECTION,
            id: `${toolkit.id}:${section.key}`,
            title: `${toolkit.title}: ${section.title}`,
            link: `/toolkits/${toolkit.slug}#section-${section.key}`,
            ownerUserIds: toolkit.createdById ? [toolkit.createdById] : [],
            ownerOrganisationId: toolkit.ownerOrganisationId,
            followTarget: { type: 'TOOLKIT', id: toolkit.id },
          }
        : null;
    });
  }

  register(type: ThreadSubjectType, resolver: SubjectResolver): void {
    this.resolvers.set(type, resolver);
  }

  supports(type: ThreadSubjectType): boolean {
    return this.resolvers.has(type);
  }

  /** null when the type is not available yet or the subject does not exist. */
  async resolve(
    type: ThreadSubjectType,
    id: string | null | undefined,
  ): Promise<ThreadSubject | null> {
    const resolver = this.resolvers.get(type);
    if (!resolver) return null;
    return resolver(type === ThreadSubjectType.GENERAL ? 'general' : (id ?? ''));
  }
}
