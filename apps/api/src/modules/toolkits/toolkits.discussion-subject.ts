import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { byAskedId, DiscussionSubject } from '../discussions/subjects/discussion-subject';
import type {
  DiscussionSubjectInfo,
  DiscussionSubjectProvider,
} from '../discussions/subjects/discussion-subject';
import type { ToolkitEntity } from './entities/toolkit.entity';
import { ToolkitsRepository } from './toolkits.repository';

/**
 * Toolkits and their sections as discussion subjects. Section ids are
 * `<toolkitId>:<sectionKey>` (a section of the current version). The toolkit's
 * creator and verified members of its owning organisation own both.
 */
@DiscussionSubject({ types: ['TOOLKIT', 'TOOLKIT_SECTION'] })
@Injectable()
export class ToolkitDiscussionSubject implements DiscussionSubjectProvider {
  readonly ownersSql = `SELECT k.subject_type, t.id::text AS subject_key, t.created_by_id AS owner_id,
       t.owner_organisation_id AS owner_org
  FROM toolkit t CROSS JOIN (VALUES ('TOOLKIT'), ('TOOLKIT_SECTION')) AS k(subject_type)`;

  readonly listingSql = `SELECT k.subject_type, t.id::text AS subject_key, '{}'::uuid[] AS ics_ids,
       '{}'::text[] AS ics_codes, t.theme_keys::text[] AS theme_keys
  FROM toolkit t CROSS JOIN (VALUES ('TOOLKIT'), ('TOOLKIT_SECTION')) AS k(subject_type)`;

  constructor(private readonly toolkits: ToolkitsRepository) {}

  resolve(type: string, ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>> {
    return type === 'TOOLKIT_SECTION' ? this.sections(ids) : this.wholeToolkits(type, ids);
  }

  private async wholeToolkits(
    type: string,
    ids: readonly string[],
  ): Promise<Map<string, DiscussionSubjectInfo>> {
    const found = new Map<string, DiscussionSubjectInfo>();
    for (const toolkit of await this.find(ids)) {
      found.set(toolkit.id, {
        ...owners(toolkit),
        type,
        id: toolkit.id,
        title: toolkit.title,
        link: `/toolkits/${toolkit.slug}`,
      });
    }
    return byAskedId(ids, found);
  }

  private async sections(ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>> {
    const asked = ids.map((id) => {
      const [toolkitId = '', sectionKey = ''] = id.split(':');
      return { id, toolkitId, sectionKey };
    });
    const toolkits = await this.find(asked.filter((a) => a.sectionKey).map((a) => a.toolkitId));
    const versions = await this.currentVersions(toolkits.map((t) => t.id));
    const result = new Map<string, DiscussionSubjectInfo>();
    for (const { id, toolkitId, sectionKey } of asked) {
      const toolkit = toolkits.find((t) => t.id === toolkitId.toLowerCase());
      const section = toolkit && versions.get(toolkit.id)?.find((s) => s.key === sectionKey);
      if (!toolkit || !section) continue;
      result.set(id, {
        ...owners(toolkit),
        type: 'TOOLKIT_SECTION',
        id: `${toolkit.id}:${section.key}`,
        title: `${toolkit.title}: ${section.title}`,
        link: `/toolkits/${toolkit.slug}#section-${section.key}`,
      });
    }
    return result;
  }

  private find(ids: readonly string[]): Promise<ToolkitEntity[]> {
    const wanted = [...new Set(ids.filter((id) => isUUID(id, 'loose')))];
    return wanted.length ? this.toolkits.findByIds(wanted) : Promise.resolve([]);
  }

  /** Sections of each toolkit's current version: one statement for one toolkit, one for several. */
  private async currentVersions(
    toolkitIds: string[],
  ): Promise<Map<string, { key: string; title: string }[]>> {
    if (toolkitIds.length === 1) {
      const version = await this.toolkits.findCurrentVersion(toolkitIds[0]);
      return new Map(version ? [[toolkitIds[0], version.sections]] : []);
    }
    const current = new Map<string, { key: string; title: string }[]>();
    if (!toolkitIds.length) return current;
    // Newest first: the first version seen per toolkit is its current one.
    for (const version of await this.toolkits.findVersionsByToolkitIds(toolkitIds)) {
      if (!current.has(version.toolkitId)) current.set(version.toolkitId, version.sections);
    }
    return current;
  }
}

function owners(
  toolkit: ToolkitEntity,
): Pick<DiscussionSubjectInfo, 'ownerUserIds' | 'ownerOrganisationId' | 'followTarget'> {
  return {
    ownerUserIds: toolkit.createdById ? [toolkit.createdById] : [],
    ownerOrganisationId: toolkit.ownerOrganisationId,
    followTarget: { type: 'TOOLKIT', id: toolkit.id },
  };
}
