import { Injectable } from '@nestjs/common';

import { DirectoryRepository } from '../../directory/directory.repository';
import { UsersRepository } from '../../users/users.repository';

export interface DelegateName {
  name: string;
  organisationName: string;
}

/** How feedback names a delegate: their name and organisation, asked of the users and directory modules. */
@Injectable()
export class DelegateNames {
  constructor(
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Name and organisation name per user id (users without an organisation are left out). */
  async byUserId(userIds: string[]): Promise<Map<string, DelegateName>> {
    const contacts = await this.users.contactsByIds(userIds);
    const orgKeys = [...new Set(contacts.filter((c) => c.organisationId).map((c) => `ORGANISATION:${c.organisationId}`))];
    const labels = new Map(orgKeys.length ? (await this.directory.labels(orgKeys)).map((l) => [l.key, l.label]) : []);
    const names = new Map<string, DelegateName>();
    for (const c of contacts) {
      const organisationName = labels.get(`ORGANISATION:${c.organisationId}`);
      if (organisationName !== undefined) names.set(c.id, { name: c.name, organisationName });
    }
    return names;
  }
}
