import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { conflict, forbidden } from '../../common/errors/domain.exception';
import { Clock } from '../../common/clock/clock';
import { AuditService } from '../audit/audit.service';
import { canManageReferenceData } from './directory.policy';
import type { OrganisationTypeEntity } from './entities/organisation-type.entity';
import type { ThemeEntity } from './entities/theme.entity';
import type { UpsertReferenceInput } from './graphql/directory.inputs';
import { OrganisationAdminRepository } from './organisation-admin.repository';
import type { ReferenceKind } from './organisation-admin.repository';

const NAMES: Record<ReferenceKind, string> = {
  theme: 'theme',
  organisation_type: 'organisation type',
};

/**
 * Themes and organisation types: regional admins add them, change their
 * label and description, and retire them (kept, as content uses them, but no
 * longer offered). Keys never change. Audited with before and after.
 */
@Injectable()
export class ReferenceDataService {
  constructor(
    private readonly repo: OrganisationAdminRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  upsertTheme(actor: AuthUser, input: UpsertReferenceInput): Promise<ThemeEntity> {
    return this.upsert(actor, 'theme', input) as Promise<ThemeEntity>;
  }

  upsertOrganisationType(
    actor: AuthUser,
    input: UpsertReferenceInput,
  ): Promise<OrganisationTypeEntity> {
    return this.upsert(actor, 'organisation_type', input) as Promise<OrganisationTypeEntity>;
  }

  private async upsert(
    actor: AuthUser,
    kind: ReferenceKind,
    input: UpsertReferenceInput,
  ): Promise<ThemeEntity | OrganisationTypeEntity> {
    if (!canManageReferenceData(actor))
      throw forbidden('Only regional admins change reference data.');
    const existing = await this.repo.findReference(kind, input.key);
    if (existing && input.isNew) {
      throw conflict(`A ${NAMES[kind]} with the key ${input.key} already exists.`);
    }
    if (await this.repo.labelTaken(kind, input.label, input.key)) {
      throw conflict(`Another ${NAMES[kind]} is already called “${input.label.trim()}”.`);
    }
    const retiredAt =
      input.retired === undefined
        ? (existing?.retiredAt ?? null)
        : input.retired
          ? (existing?.retiredAt ?? this.clock.now())
          : null;
    const description =
      input.description === undefined
        ? (existing?.description ?? null)
        : input.description.trim() || null;
    return this.repo.transaction(async (manager) => {
      const saved = await this.repo.saveReference(manager, kind, {
        key: input.key,
        label: input.label.trim(),
        description,
        retiredAt,
        ...(existing ? { sortOrder: existing.sortOrder } : {}),
      });
      await this.audit.record(
        {
          actorId: actor.id,
          action: `${kind === 'theme' ? 'theme' : 'organisation_type'}.${existing ? 'updated' : 'created'}`,
          targetType: kind,
          targetId: saved.key,
          details: { before: existing ? snapshot(existing) : null, after: snapshot(saved) },
        },
        manager,
      );
      return saved;
    });
  }
}

function snapshot(row: ThemeEntity | OrganisationTypeEntity) {
  return {
    key: row.key,
    label: row.label,
    description: row.description,
    retiredAt: row.retiredAt ? row.retiredAt.toISOString() : null,
  };
}
