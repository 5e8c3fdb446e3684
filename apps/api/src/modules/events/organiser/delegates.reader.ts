import { Injectable } from '@nestjs/common';

import type { PageRequest } from '../../../common/graphql/pagination';
import { DirectoryRepository } from '../../directory/directory.repository';
import { UsersRepository } from '../../users/users.repository';
import type { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import type { DelegateFilter } from './organiser.repository';
import { OrganiserRepository } from './organiser.repository';

export interface DelegateQuery extends DelegateFilter {
  status?: RegistrationStatus;
  /** Part of the person's name or email (case-insensitive). */
  search?: string;
}

export interface DelegateRow {
  registration: RegistrationEntity;
  name: string;
  email: string;
  organisationName: string;
  /** The short name of the ICS the delegate was in at registration ("Black Country"), or null. */
  icsName: string | null;
  /** The label of their organisation type at registration ("NHS trust"), or null. */
  organisationTypeLabel: string | null;
  /** Their place in the waiting-list queue now (1 = next), computed live; null unless waiting. */
  waitlistPlace: number | null;
}

export interface AttendanceRow {
  icsOdsCode: string | null;
  icsName: string | null;
  organisationTypeKey: string | null;
  organisationTypeLabel: string | null;
  confirmed: number;
  attended: number;
}

/** Code-point order (as the C collation sorts), nulls last. */
function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The organiser's view of an event's delegates: the event's registrations
 * joined, in three statements whatever the page size, with who each person
 * is (asked of the users module) and the directory's readable names.
 */
@Injectable()
export class DelegatesReader {
  constructor(
    private readonly repo: OrganiserRepository,
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Delegates by name (then registration id); `page` cuts the list, the count is of all that match. */
  async findDelegates(eventId: string, q: DelegateQuery, page?: PageRequest): Promise<[DelegateRow[], number]> {
    const regs = await this.repo.delegateRegistrations(eventId, q);
    // Contacts come ordered by name (the database's collation); people with the same name share a rank.
    const contacts = await this.users.contactsByIds(regs.map((r) => r.registration.userId));
    const rank = new Map<string, number>();
    contacts.forEach((c, i) => rank.set(c.id, i > 0 && contacts[i - 1].name === c.name ? (rank.get(contacts[i - 1].id) as number) : i));
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const labels = await this.labels(
      regs.flatMap(({ registration: r }) => [
        `ORGANISATION:${byId.get(r.userId)?.organisationId}`,
        `ICS:${r.icsOdsCode}`,
        `ORGANISATION_TYPE:${r.organisationTypeKey}`,
      ]),
    );
    const search = q.search?.toLowerCase();
    const rows = regs
      .map(({ registration, waitlistPlace }) => {
        const person = byId.get(registration.userId);
        const organisationName = person?.organisationId ? labels.get(`ORGANISATION:${person.organisationId}`) : undefined;
        if (!person || organisationName === undefined) return null;
        if (search && !person.name.toLowerCase().includes(search) && !person.email.toLowerCase().includes(search)) return null;
        return {
          registration,
          name: person.name,
          email: person.email,
          organisationName,
          icsName: registration.icsOdsCode ? (labels.get(`ICS:${registration.icsOdsCode}`) ?? null) : null,
          organisationTypeLabel: registration.organisationTypeKey ? (labels.get(`ORGANISATION_TYPE:${registration.organisationTypeKey}`) ?? null) : null,
          waitlistPlace,
        };
      })
      .filter((row): row is DelegateRow => row !== null)
      .sort((a, b) => (rank.get(a.registration.userId) as number) - (rank.get(b.registration.userId) as number) || compareNullsLast(a.registration.id, b.registration.id));
    return [page ? rows.slice(page.offset, page.offset + page.limit + 1) : rows, rows.length];
  }

  /** Confirmed and checked-in counts per ICS and organisation type, with their readable names, by name. */
  async attendance(eventId: string): Promise<AttendanceRow[]> {
    const counts = await this.repo.attendanceCounts(eventId);
    const labels = await this.labels(counts.flatMap((c) => [`ICS:${c.icsOdsCode}`, `ORGANISATION_TYPE:${c.organisationTypeKey}`]));
    return counts
      .map((c) => ({
        icsOdsCode: c.icsOdsCode,
        icsName: c.icsOdsCode ? (labels.get(`ICS:${c.icsOdsCode}`) ?? null) : null,
        organisationTypeKey: c.organisationTypeKey,
        organisationTypeLabel: c.organisationTypeKey ? (labels.get(`ORGANISATION_TYPE:${c.organisationTypeKey}`) ?? null) : null,
        confirmed: c.confirmed,
        attended: c.attended,
      }))
      .sort(
        (a, b) =>
          compareNullsLast(a.icsName ?? a.icsOdsCode, b.icsName ?? b.icsOdsCode) ||
          compareNullsLast(a.organisationTypeLabel ?? a.organisationTypeKey, b.organisationTypeLabel ?? b.organisationTypeKey),
      );
  }

  private async labels(keys: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(keys.filter((k) => !k.endsWith(':null') && !k.endsWith(':undefined')))];
    if (!wanted.length) return new Map();
    return new Map((await this.directory.labels(wanted)).map((l) => [l.key, l.label]));
  }
}
