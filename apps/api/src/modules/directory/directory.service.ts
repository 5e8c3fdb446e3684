import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain.exception';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { toOrganisationModel } from './directory.mapper';
import { canManageOrganisation, organisationListScope } from './directory.policy';
import { DirectoryRepository } from './directory.repository';
import { OrganisationAdminRepository } from './organisation-admin.repository';
import type { IcsEntity } from './entities/ics.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import type { OrganisationModel, RegionModel } from './graphql/directory.models';
import type {
  CreateOrganisationInput,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from './graphql/directory.inputs';
import { OrganisationEntity as OrganisationRow } from './entities/organisation.entity';

export const REGION: RegionModel = { name: 'Midlands', code: 'Y60', population: 10_800_000 };

@Injectable()
export class DirectoryService {
  constructor(
    private readonly repo: DirectoryRepository,
    private readonly audit: AuditService,
    private readonly admin: OrganisationAdminRepository,
  ) {}

  icss(): Promise<IcsEntity[]> {
    return this.repo.findAllIcss();
  }

  ics(odsCode: string): Promise<IcsEntity | null> {
    return this.repo.findIcsByOdsCode(odsCode.toUpperCase());
  }

  themes() {
    return this.repo.findThemes();
  }

  organisationTypes() {
    return this.repo.findOrganisationTypes();
  }

  networks() {
    return this.repo.findNetworks();
  }

  /** One organisation; the id of a merged duplicate gives its survivor (whose id differs). */
  async organisation(id: string): Promise<OrganisationEntity | null> {
    if (!isUUID(id, 'all')) return null;
    const org = await this.repo.findOrganisationById(id);
    if (org) return org;
    const survivorId = await this.admin.mergedInto(id);
    return survivorId ? this.repo.findOrganisationById(survivorId) : null;
  }

  /** The admin list: everything for a regional admin, an ICS admin's own ICSs' organisations otherwise. */
  adminOrganisations(
    actor: AuthUser,
    args: OrganisationsArgs,
  ): Promise<Connection<OrganisationModel>> {
    return this.organisations(args, organisationListScope(actor) ?? undefined);
  }

  async organisations(
    args: OrganisationsArgs,
    icsIds?: readonly string[],
  ): Promise<Connection<OrganisationModel>> {
    const page = pageRequest(args);
    const [rows, total] = await this.repo.findOrganisationsPage(
      {
        icsIds,
        icsOdsCode: args.filter?.icsOdsCode,
        typeKey: args.filter?.type,
        search: args.filter?.search,
      },
      page,
    );
    return toConnection(rows, total, page, toOrganisationModel);
  }

  async createOrganisation(
    actor: AuthUser,
    input: CreateOrganisationInput,
  ): Promise<OrganisationEntity> {
    const icss = await this.resolveIcss(input.icsOdsCodes);
    if (
      !canManageOrganisation(
        actor,
        icss.map((i) => i.id),
      )
    )
      throw forbidden();
    await this.assertType(input.type);
    const placeIds = await this.resolvePlaces(icss, input.placeNames ?? []);
    if (await this.repo.findOrganisationByName(input.name)) {
      throw conflict('An organisation with this name already exists.');
    }
    return this.repo.transaction(async (manager) => {
      const org = await manager.save(
        manager.create(OrganisationRow, {
          name: input.name.trim(),
          typeKey: input.type,
          website: input.website ?? null,
          description: input.description ?? null,
          source: null,
          emailDomains: normaliseDomains(input.emailDomains ?? []),
        }),
      );
      await this.repo.replaceOrganisationLinks(
        manager,
        org.id,
        icss.map((i) => i.id),
        placeIds,
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation.created',
          targetType: 'organisation',
          targetId: org.id,
          details: {
            before: null,
            after: {
              name: org.name,
              typeKey: org.typeKey,
              icsIds: icss.map((i) => i.id),
              placeIds,
              emailDomains: org.emailDomains,
            },
          },
        },
        manager,
      );
      return org;
    });
  }

  async updateOrganisation(
    actor: AuthUser,
    input: UpdateOrganisationInput,
  ): Promise<OrganisationEntity> {
    const org = await this.repo.findOrganisationById(input.id);
    if (!org) throw notFound('The organisation');
    const links = await this.repo.findIcsLinks([org.id]);
    if (
      !canManageOrganisation(
        actor,
        links.map((l) => l.icsId),
      )
    )
      throw forbidden();
    if (input.type) await this.assertType(input.type);
    const icss = input.icsOdsCodes ? await this.resolveIcss(input.icsOdsCodes) : undefined;
    // Moving it into another ICS needs the right to manage it there too.
    if (
      icss &&
      !canManageOrganisation(
        actor,
        icss.map((i) => i.id),
      )
    )
      throw forbidden();
    const placeIds =
      input.placeNames !== undefined
        ? await this.resolvePlaces(
            icss ?? (await this.repo.findIcssByIds(links.map((l) => l.icsId))),
            input.placeNames,
          )
        : undefined;
    if (input.name && input.name.trim().toLowerCase() !== org.name.toLowerCase()) {
      if (await this.repo.findOrganisationByName(input.name)) {
        throw conflict('An organisation with this name already exists.');
      }
    }
    return this.repo.transaction(async (manager) => {
      const changes: Partial<OrganisationEntity> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.type !== undefined) changes.typeKey = input.type;
      if (input.website !== undefined) changes.website = input.website;
      if (input.description !== undefined) changes.description = input.description;
      if (input.emailDomains !== undefined)
        changes.emailDomains = normaliseDomains(input.emailDomains);
      const before = pick(org, Object.keys(changes) as (keyof OrganisationEntity)[]);
      if (Object.keys(changes).length)
        await manager.update(OrganisationRow, { id: org.id }, changes);
      await this.repo.replaceOrganisationLinks(
        manager,
        org.id,
        icss?.map((i) => i.id),
        placeIds,
      );
      const fields = [
        ...Object.keys(changes),
        ...(icss ? ['icss'] : []),
        ...(placeIds ? ['places'] : []),
      ];
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation.updated',
          targetType: 'organisation',
          targetId: org.id,
          details: {
            fields,
            before: { ...before, ...(icss ? { icsIds: links.map((l) => l.icsId) } : {}) },
            after: {
              ...changes,
              ...(icss ? { icsIds: icss.map((i) => i.id) } : {}),
              ...(placeIds ? { placeIds } : {}),
            },
          },
        },
        manager,
      );
      return manager.findOneByOrFail(OrganisationRow, { id: org.id });
    });
  }

  private async resolveIcss(codes: string[]): Promise<IcsEntity[]> {
    const unique = [...new Set(codes)];
    if (!unique.length) throw badInput('Choose at least one ICS.', 'icsOdsCodes');
    const icss = await this.repo.findIcssByOdsCodes(unique);
    if (icss.length !== unique.length) {
      const known = new Set(icss.map((i) => i.odsCode));
      throw badInput(
        `Unknown ICS code: ${unique.filter((c) => !known.has(c)).join(', ')}.`,
        'icsOdsCodes',
      );
    }
    return icss;
  }

  private async resolvePlaces(icss: IcsEntity[], names: string[]): Promise<string[]> {
    if (!names.length) return [];
    const places = await this.repo.findPlacesByIcsIds(icss.map((i) => i.id));
    const byName = new Map(places.map((p) => [p.name.toLowerCase(), p.id]));
    return names.map((name) => {
      const id = byName.get(name.trim().toLowerCase());
      if (!id) throw badInput(`"${name}" is not a place in the chosen ICSs.`, 'placeNames');
      return id;
    });
  }

  private async assertType(key: string): Promise<void> {
    const types = await this.repo.findOrganisationTypes();
    if (!types.some((t) => t.key === key)) {
      throw badInput(`Unknown organisation type ${key}.`, 'type');
    }
  }
}

function pick<T extends object>(row: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) out[key] = row[key];
  return out;
}

function normaliseDomains(domains: string[]): string[] {
  return [...new Set(domains.map((d) => d.trim().toLowerCase()))];
}
