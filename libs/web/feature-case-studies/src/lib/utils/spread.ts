/**
 * How one cell of the spread matrix reads: a text label (never colour
 * alone), the NHS tag colour that goes with it, and where it links.
 */
import type { AdoptionStage } from '@mic/web-data-access';
import type { TagColour } from '@mic/web-ui';

import { ADOPTION_STAGE_TEXT, adoptionStageLabel } from './adoption-forms';

export type { TagColour };

export type SpreadCellKind = 'origin' | 'region-wide' | 'stage' | 'none';

export interface SpreadCellView {
  kind: SpreadCellKind;
  label: string;
  /** NHS tag colour; none for an empty cell. */
  colour?: TagColour;
  href?: string;
  /** Adopters in the ICS beyond the one linked ("and 1 more"). */
  more: number;
}

export const STAGE_COLOURS: Record<AdoptionStage, TagColour> = {
  EXPLORING: 'yellow',
  PLANNING: 'orange',
  PILOTING: 'blue',
  EMBEDDED: 'aqua-green',
  SUSTAINED: 'green',
  STOPPED: 'red',
};

export const ORIGIN_COLOUR: TagColour = 'purple';
export const REGION_WIDE_COLOUR: TagColour = 'pink';

export interface SpreadCellInput {
  isOrigin: boolean;
  furthestStage: AdoptionStage | null;
  adoptionId: string | null;
  adoptionCount: number;
}

/**
 * Origin first; then the furthest adoption in the ICS (linked); then, for a
 * region-wide case study (no ICS of its own), "Region-wide"; else "None".
 */
export function spreadCellView(
  cell: SpreadCellInput | undefined,
  caseStudy: { slug: string; regionWide: boolean },
): SpreadCellView {
  if (cell?.isOrigin)
    return {
      kind: 'origin',
      label: 'Origin',
      colour: ORIGIN_COLOUR,
      href: `/case-studies/${caseStudy.slug}`,
      more: 0,
    };
  if (cell?.furthestStage)
    return {
      kind: 'stage',
      label: adoptionStageLabel(cell.furthestStage),
      colour: STAGE_COLOURS[cell.furthestStage],
      href: cell.adoptionId
        ? `/adoptions/${cell.adoptionId}`
        : `/case-studies/${caseStudy.slug}#adopters`,
      more: Math.max(0, cell.adoptionCount - 1),
    };
  if (caseStudy.regionWide)
    return {
      kind: 'region-wide',
      label: 'Region-wide',
      colour: REGION_WIDE_COLOUR,
      href: `/case-studies/${caseStudy.slug}`,
      more: 0,
    };
  return { kind: 'none', label: 'None', more: 0 };
}

export interface LegendEntry {
  label: string;
  colour?: TagColour;
  description: string;
}

/** The key to the matrix, in the order an adoption moves. */
export function spreadLegend(): LegendEntry[] {
  return [
    { label: 'Origin', colour: ORIGIN_COLOUR, description: 'The case study comes from this ICS.' },
    {
      label: 'Region-wide',
      colour: REGION_WIDE_COLOUR,
      description:
        'The practice is region-wide rather than from one ICS, so it covers this ICS too.',
    },
    ...(['EXPLORING', 'PLANNING', 'PILOTING', 'EMBEDDED', 'SUSTAINED', 'STOPPED'] as const).map(
      (stage) => ({
        label: adoptionStageLabel(stage),
        colour: STAGE_COLOURS[stage],
        description: `Furthest adoption in the ICS. ${ADOPTION_STAGE_TEXT[stage].hint}`,
      }),
    ),
    { label: 'None', description: 'No organisation in this ICS has declared an adoption.' },
  ];
}

/**
 * A short column heading for a case study title: the part before a colon
 * when that is short, otherwise the first words, up to about `max` characters.
 */
export function shortTitle(title: string, max = 24): string {
  const beforeColon = title.split(':')[0].trim();
  if (beforeColon.length <= max) return beforeColon;
  const words = title.split(/\s+/);
  let out = '';
  for (const word of words) {
    if ((out ? `${out} ${word}` : word).length > max) break;
    out = out ? `${out} ${word}` : word;
  }
  // Never end on a joining word ("Eye health workshops and…").
  const trimmed = out.replace(/(\s+(and|of|for|in|at|the|to|into|a|an|that|with|by))+$/i, '');
  return `${trimmed || title.slice(0, max)}…`;
}
