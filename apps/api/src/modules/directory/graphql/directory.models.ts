import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../../common/graphql/pagination';

@ObjectType('MapHex', {
  description:
    'A cell of the schematic hex map of the region: pointy-top hexes, odd rows shifted half a hex right; columns west to east, rows north to south.',
})
export class MapHexModel {
  @Field(() => Int, { description: 'Column, 0 = west.' })
  col!: number;

  @Field(() => Int, { description: 'Row, 0 = north.' })
  row!: number;
}

@ObjectType('Ics', { description: 'An Integrated Care System, identified by its ICB ODS code.' })
export class IcsModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'ODS code of the Integrated Care Board, e.g. QUA.' })
  odsCode!: string;

  @Field(() => String, { description: 'Full name of the Integrated Care Board.' })
  name!: string;

  @Field(() => String, { description: 'Short name, e.g. "Black Country".' })
  shortName!: string;

  @Field(() => String, { description: 'Sub-region: West Midlands or East Midlands.' })
  subRegion!: string;

  @Field(() => Int, { nullable: true, description: 'Number of NHS sites in the ICS.' })
  nhsSites!: number | null;

  @Field(() => Int, { nullable: true, description: 'Resident population, where known (see populationSource).' })
  population!: number | null;

  @Field(() => String, { nullable: true, description: 'Where the population figure comes from.' })
  populationSource!: string | null;

  @Field(() => MapHexModel, {
    nullable: true,
    description: 'Place on the schematic hex map of the region (see MapHex); null when not placed.',
  })
  mapHex!: MapHexModel | null;
}

@ObjectType('Place', { description: 'A local area (usually a council area) within an ICS.' })
export class PlaceModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'Place name, e.g. Walsall.' })
  name!: string;

  /** Resolved through a loader. */
  icsId!: string;
}

@ObjectType('Theme', { description: 'A 4th-purpose domain such as employment or procurement.' })
export class ThemeModel {
  @Field(() => String, { description: 'Stable key, e.g. EMPLOYMENT.' })
  key!: string;

  @Field(() => String, { description: 'Human label.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What it covers, for people choosing it.' })
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was retired (no longer offered); null while offered.' })
  retiredAt?: Date | null;
}

@ObjectType('OrganisationType', { description: 'A kind of organisation (ICB, NHS trust, council, VCSE...).' })
export class OrganisationTypeModel {
  @Field(() => String, { description: 'Stable key, e.g. VCSE.' })
  key!: string;

  @Field(() => String, { description: 'Human label.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What it covers, for people choosing it.' })
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was retired (no longer offered); null while offered.' })
  retiredAt?: Date | null;
}

@ObjectType('Organisation', { description: 'An organisation taking part in the commons.' })
export class OrganisationModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'Organisation name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Source of this record (demo and reference data).' })
  source!: string | null;

  @Field(() => [String], { description: 'Email domains it owns: a confirmed address on one verifies membership.' })
  emailDomains!: string[];

  typeKey!: string;
}

@ObjectType('OrganisationConnection', { description: 'A page of organisations.' })
export class OrganisationConnection extends Paginated(OrganisationModel, 'Organisation') {}

@ObjectType('Network', { description: 'An anchor network such as BCAIN.' })
export class NetworkModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'Network name.' })
  name!: string;

  @Field(() => [String], { description: 'Theme keys of its work programmes.' })
  themeKeys!: string[];

  @Field(() => [String], { description: 'Places it covers.' })
  placeNames!: string[];

  icsId!: string | null;
  leadOrganisationIds!: string[];
}

@ObjectType('Region', { description: 'The NHS England region.' })
export class RegionModel {
  @Field(() => String, { description: 'Region name.' })
  name!: string;

  @Field(() => String, { description: 'NHS England region code (Y60).' })
  code!: string;

  @Field(() => Int, { description: 'Resident population.' })
  population!: number;
}

@ObjectType('OrganisationReferenceCount', { description: 'How many rows of one kind reference an organisation.' })
export class OrganisationReferenceCountModel {
  @Field(() => String, { description: 'What they are, e.g. "members" or "case studies".' })
  label!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('OrganisationMergePreview', { description: 'What merging one organisation into another would move.' })
export class OrganisationMergePreviewModel {
  @Field(() => OrganisationModel, { description: 'The organisation that stays.' })
  survivor!: OrganisationModel;

  @Field(() => OrganisationModel, { description: 'The duplicate, removed after its content moves.' })
  duplicate!: OrganisationModel;

  @Field(() => [OrganisationReferenceCountModel], { description: "The duplicate's content that would move, by kind." })
  moves!: OrganisationReferenceCountModel[];
}

@ObjectType('OrganisationMergeResult', { description: 'A completed merge.' })
export class OrganisationMergeResultModel {
  @Field(() => OrganisationModel, { description: 'The surviving organisation.' })
  survivor!: OrganisationModel;

  @Field(() => ID, { description: 'The removed duplicate (its old page redirects to the survivor).' })
  duplicateId!: string;

  @Field(() => [OrganisationReferenceCountModel], { description: 'What moved, by kind.' })
  moved!: OrganisationReferenceCountModel[];
}
