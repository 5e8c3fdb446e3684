import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';

import type { DirectoryRepository } from '../directory.repository';
import type { IcsEntity } from '../entities/ics.entity';
import type { OrganisationEntity } from '../entities/organisation.entity';
import type { OrganisationTypeEntity } from '../entities/organisation-type.entity';
import type { PlaceEntity } from '../entities/place.entity';
import type { ThemeEntity } from '../entities/theme.entity';

export const icsByIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, IcsEntity | null>(async (ids) =>
    byKey(ids, await repo.findIcssByIds(ids), (row) => row.id),
  );

export const placesByIcsIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, PlaceEntity[]>(async (ids) =>
    groupBy(ids, await repo.findPlacesByIcsIds(ids), (row) => row.icsId),
  );

export const organisationByIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, OrganisationEntity | null>(async (ids) =>
    byKey(ids, await repo.findOrganisationsByIds(ids), (row) => row.id),
  );

export const icssByOrganisationIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, IcsEntity[]>(async (ids) => {
    const links = await repo.findIcsLinks(ids);
    return groupBy(ids, links, (link) => link.organisationId).map((group) =>
      group
        .map((link) => link.ics)
        .filter((ics): ics is IcsEntity => !!ics)
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

export const placesByOrganisationIdLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, PlaceEntity[]>(async (ids) => {
    const links = await repo.findPlaceLinks(ids);
    return groupBy(ids, links, (link) => link.organisationId).map((group) =>
      group
        .map((link) => link.place)
        .filter((place): place is PlaceEntity => !!place)
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

/** Reference tables are tiny: one query loads them all for the request. */
export const organisationTypeByKeyLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, OrganisationTypeEntity | null>(async (keys) =>
    byKey(keys, await repo.findOrganisationTypes(), (row) => row.key),
  );

export const themeByKeyLoader = (repo: DirectoryRepository) =>
  new DataLoader<string, ThemeEntity | null>(async (keys) =>
    byKey(keys, await repo.findThemes(), (row) => row.key),
  );
