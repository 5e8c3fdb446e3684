import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Role } from '@mic/shared-util';

import type { PageRequest } from '../../../common/graphql/pagination';
import { UserEntity } from '../entities/user.entity';
import { AdminPersonStatus } from './admin-people.models';

/** The admin people search once the service has resolved scope and filters. */
export interface AdminPeopleQuery {
  search: string | null;
  /** Only people in these organisations (null: any organisation, or none). */
  organisationIds: string[] | null;
  role: Role | null;
  status: AdminPersonStatus | null;
}

const STATUS_SQL: Record<AdminPersonStatus, string> = {
  [AdminPersonStatus.PENDING]: `u.membership_status = 'REQUESTED'`,
  [AdminPersonStatus.VERIFIED]: `u.membership_status = 'VERIFIED'`,
  [AdminPersonStatus.DECLINED]: `u.membership_status = 'DECLINED'`,
  [AdminPersonStatus.SUSPENDED]: 'u.account_suspended_at IS NOT NULL',
};

const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL for the admin people search: two statements (count and page) whatever the page size. */
@Injectable()
export class AdminPeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findPage(query: AdminPeopleQuery, page: PageRequest): Promise<[UserEntity[], number]> {
    if (query.organisationIds && !query.organisationIds.length) return [[], 0];
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (query.search) {
      qb.andWhere(`(u.name ILIKE :term ESCAPE '\\' OR u.email ILIKE :term ESCAPE '\\')`, {
        term: `%${escapeLike(query.search)}%`,
      });
    }
    if (query.organisationIds) {
      qb.andWhere('u.organisation_id = ANY(CAST(:orgs AS uuid[]))', {
        orgs: query.organisationIds,
      });
    }
    if (query.role) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = CAST(:role AS role))',
        { role: query.role },
      );
    }
    if (query.status) qb.andWhere(STATUS_SQL[query.status]);
    const total = await qb.getCount();
    const rows = await qb
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit + 1)
      .getMany();
    return [rows, total];
  }
}
