import data from './data/midlands.json';

/** Typed view of the reference and demo data file (copied from the region's data pack). */
export interface MidlandsData {
  region: { name: string; nhsEnglandRegionCode: string; population: number };
  icss: {
    odsCode: string;
    name: string;
    shortName: string;
    subRegion: string;
    places: string[];
    nhsSites: number;
    /** Usual resident population (see populationSource and docs/reference-data.md). */
    population: number;
    populationSource: string;
    /** Place on the schematic hex map (see mapHexAbout). */
    mapHex: { col: number; row: number };
  }[];
  /** How the hex map positions are laid out. */
  mapHexAbout: string;
  themes: { key: string; label: string }[];
  organisationTypes: string[];
  organisations: { name: string; type: string; ics: string | null; place?: string }[];
  networks: {
    name: string;
    ics: string | null;
    leadOrganisations: string[];
    workProgrammes: string[];
    places?: string[];
  }[];
  toolkits: { title: string; owner: string; summary: string; source: string }[];
  commitments: { organisation: string; commitment: string; progress: string; themes: string[] }[];
}

export const midlands = data as unknown as MidlandsData;

export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  ICB: 'Integrated Care Board',
  NHS_TRUST: 'NHS trust',
  LOCAL_AUTHORITY: 'Local authority',
  COMBINED_AUTHORITY: 'Combined authority',
  VCSE: 'Voluntary, community and social enterprise',
  UNIVERSITY_COLLEGE: 'University or college',
  HOUSING: 'Housing association',
  EMERGENCY_SERVICE: 'Emergency service',
  NATIONAL_BODY: 'National or regional body',
  BUSINESS: 'Business',
  OTHER: 'Other',
};

export const DATA_SOURCE =
  'Midlands Improvement Commons reference data pack (public reports on the Midlands NHS 4th purpose)';
