import type { IcsEntity } from './entities/ics.entity';
import type { NetworkEntity } from './entities/network.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import type { OrganisationTypeEntity } from './entities/organisation-type.entity';
import type { PlaceEntity } from './entities/place.entity';
import type { ThemeEntity } from './entities/theme.entity';
import type {
  OrganisationReferenceCountModel,
  IcsModel,
  NetworkModel,
  OrganisationModel,
  OrganisationTypeModel,
  PlaceModel,
  ThemeModel,
} from './graphql/directory.models';

export const toIcsModel = (e: IcsEntity): IcsModel => ({
  id: e.id,
  odsCode: e.odsCode,
  name: e.name,
  shortName: e.shortName,
  subRegion: e.subRegion,
  nhsSites: e.nhsSites,
  population: e.population,
  populationSource: e.populationSource,
  mapHex:
    e.mapHexCol !== null && e.mapHexRow !== null ? { col: e.mapHexCol, row: e.mapHexRow } : null,
});

export const toPlaceModel = (e: PlaceEntity): PlaceModel => ({
  id: e.id,
  name: e.name,
  icsId: e.icsId,
});

export const toThemeModel = (e: ThemeEntity): ThemeModel => ({
  key: e.key,
  label: e.label,
  description: e.description ?? null,
  retiredAt: e.retiredAt ?? null,
});

export const toOrganisationTypeModel = (e: OrganisationTypeEntity): OrganisationTypeModel => ({
  key: e.key,
  label: e.label,
  description: e.description ?? null,
  retiredAt: e.retiredAt ?? null,
});

/** Counts by label, as a list in a stable order (largest first, then by label). */
export const toReferenceCounts = (
  counts: Record<string, number>,
): OrganisationReferenceCountModel[] =>
  Object.entries(counts)
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export const toOrganisationModel = (e: OrganisationEntity): OrganisationModel => ({
  id: e.id,
  name: e.name,
  website: e.website,
  description: e.description,
  source: e.source,
  emailDomains: e.emailDomains,
  typeKey: e.typeKey,
});

export const toNetworkModel = (e: NetworkEntity): NetworkModel => ({
  id: e.id,
  name: e.name,
  themeKeys: e.themeKeys,
  placeNames: e.placeNames,
  icsId: e.icsId,
  leadOrganisationIds: e.leadOrganisationIds,
});
