import { Injectable } from '@nestjs/common';

import { DirectoryRepository } from '../../directory/directory.repository';
import { ThreadSubjectType } from '../discussions.constants';
import { DiscussionSubject } from './discussion-subject';
import type { DiscussionSubjectInfo, DiscussionSubjectProvider } from './discussion-subject';

/** Themes (ids are theme keys), read through the directory's exported repository. */
@DiscussionSubject({ types: [ThreadSubjectType.THEME] })
@Injectable()
export class ThemeDiscussionSubject implements DiscussionSubjectProvider {
  constructor(private readonly directory: DirectoryRepository) {}

  async resolve(
    _type: string,
    keys: readonly string[],
  ): Promise<Map<string, DiscussionSubjectInfo>> {
    const themes = await this.directory.findThemes();
    const result = new Map<string, DiscussionSubjectInfo>();
    for (const key of keys) {
      const theme = themes.find((t) => t.key === key);
      if (!theme) continue;
      result.set(key, {
        type: ThreadSubjectType.THEME,
        id: theme.key,
        title: theme.label,
        link: `/themes/${theme.key}`,
        ownerUserIds: [],
        ownerOrganisationId: null,
        followTarget: { type: 'THEME', id: theme.key },
      });
    }
    return result;
  }
}
