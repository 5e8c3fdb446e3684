import { Injectable } from '@nestjs/common';

import { DashboardSection } from '../../../common/dashboards/dashboard-measure';
import type {
  DashboardScope,
  DashboardSectionProvider,
  SectionCell,
  SectionContent,
  SectionTable,
} from '../../../common/dashboards/dashboard-measure';
import { PracticeReadModel } from '../../case-studies/dashboard/practice.read-model';
import type { PublishedPractice } from '../../case-studies/dashboard/practice.read-model';
import { DirectoryRepository } from '../../directory/directory.repository';
import { AdoptionStage } from '../adoption.enums';
import { AdoptionsDashboardRepository } from './adoptions-dashboard.repository';
import { countedAdoptions, isCrossIcs } from './spread-rules';
import type { CountedAdoption } from './spread-rules';

const FUNNEL: AdoptionStage[] = [
  AdoptionStage.EXPLORING,
  AdoptionStage.PLANNING,
  AdoptionStage.PILOTING,
  AdoptionStage.EMBEDDED,
  AdoptionStage.SUSTAINED,
];
const stageLabel = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
const text = (t: string, href: string | null = null): SectionCell => ({
  text: t,
  value: null,
  href,
});
const num = (n: number): SectionCell => ({ text: String(n), value: n, href: null });
const day = (d: Date) => d.toISOString().slice(0, 10);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Suggestions per gap theme. */
const SUGGESTIONS = 3;
/** Compares as `localeCompare` does, without building a collator for every comparison. */
const byTitle = new Intl.Collator();

/**
 * The first `n` items of `items` in `compare` order, as sort-then-slice
 * gives them, in one pass (a theme may have hundreds of candidates).
 */
export function firstOf<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (n <= 0) return best;
  for (const item of items) {
    if (best.length === n && compare(item, best[n - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(item, best[i - 1]!) < 0) i -= 1;
    best.splice(i, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}

/**
 * "Practice and spread" on an ICS dashboard: where this ICS's practice was
 * adopted, what it adopted from elsewhere, the stage funnel and the themes it
 * has adopted nothing in, with published practice from other ICSs to fill them.
 * Five statements whatever the number of case studies or adoptions.
 */
@DashboardSection({ key: 'spread', feature: 'adoptions', title: 'Practice and spread', order: 20 })
@Injectable()
export class SpreadDashboardSection implements DashboardSectionProvider {
  constructor(
    private readonly practice: PracticeReadModel,
    private readonly adoptions: AdoptionsDashboardRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async load(icsOdsCode: string, scope: DashboardScope): Promise<SectionContent> {
    const [practice, icss, themes] = await Promise.all([
      this.practice.published(),
      this.directory.findAllIcss(),
      this.directory.findThemes(),
    ]);
    const facts = await this.adoptions.ofCaseStudies(practice.map((p) => p.id));
    const ics = icss.find((i) => i.odsCode === icsOdsCode);
    const here = ics?.id ?? null;
    const icsName = new Map(icss.map((i) => [i.id, i.shortName || i.name]));
    const originName = (id: string | null) =>
      id ? (icsName.get(id) ?? 'Unknown ICS') : 'Regional (no ICS)';
    const byId = new Map(practice.map((p) => [p.id, p]));
    const counted = countedAdoptions(practice, facts, scope);

    const fromHere = counted.filter(
      (a) => here && a.originIcsId === here && a.icsId !== null && a.icsId !== here,
    );
    const intoHere = counted.filter((a) => here && a.icsId === here && a.originIcsId !== here);
    const byHere = counted.filter((a) => here && a.icsId === here);
    const orgs = new Map(
      (
        await this.directory.findOrganisationsByIds([
          ...new Set([...fromHere, ...intoHere].map((a) => a.organisationId)),
        ])
      ).map((o) => [o.id, o.name]),
    );
    const cs = (a: CountedAdoption) => byId.get(a.caseStudyId) as PublishedPractice;
    const link = (p: PublishedPractice) => text(p.title, `/case-studies/${p.slug}`);

    const adoptedElsewhere = new Set(fromHere.filter(isCrossIcs).map((a) => a.caseStudyId)).size;
    const adoptedHere = intoHere.filter(isCrossIcs).length;

    const fromHereTable: SectionTable = {
      caption: 'Practice from here adopted elsewhere',
      columns: [
        { label: 'Case study', numeric: false },
        { label: 'Adopting organisation', numeric: false },
        { label: 'Adopting ICS', numeric: false },
        { label: 'Stage', numeric: false },
        { label: 'Declared', numeric: false },
      ],
      rows: fromHere.map((a) => ({
        cells: [
          link(cs(a)),
          text(orgs.get(a.organisationId) ?? 'Unknown organisation'),
          text(originName(a.icsId)),
          text(stageLabel(a.stage)),
          text(day(a.declaredAt)),
        ],
      })),
      empty:
        'No practice from this ICS has been adopted by organisations in other ICSs in this period.',
    };
    const intoHereTable: SectionTable = {
      caption: 'Practice adopted here from elsewhere',
      columns: [
        { label: 'Adopting organisation', numeric: false },
        { label: 'Case study', numeric: false },
        { label: 'Origin ICS', numeric: false },
        { label: 'Stage', numeric: false },
        { label: 'Declared', numeric: false },
      ],
      rows: intoHere.map((a) => ({
        cells: [
          text(orgs.get(a.organisationId) ?? 'Unknown organisation'),
          link(cs(a)),
          text(originName(a.originIcsId)),
          text(stageLabel(a.stage)),
          text(day(a.declaredAt)),
        ],
      })),
      empty: 'Organisations in this ICS have not adopted practice from elsewhere in this period.',
    };

    const stageCount = (list: CountedAdoption[], stage: AdoptionStage) =>
      list.filter((a) => a.stage === stage).length;
    const funnelHere = FUNNEL.map((s) => stageCount(byHere, s));
    const funnelElsewhere = FUNNEL.map((s) => stageCount(fromHere, s));
    const stoppedHere = stageCount(byHere, AdoptionStage.STOPPED);
    const stoppedElsewhere = stageCount(fromHere, AdoptionStage.STOPPED);
    const funnelSeries = [
      { label: 'Adoptions by organisations in this ICS', values: funnelHere },
      { label: 'Adoptions of practice from this ICS elsewhere', values: funnelElsewhere },
    ];
    const funnelTable: SectionTable = {
      caption: 'Adoptions by stage (the stage funnel; stopped adoptions shown separately)',
      columns: [
        { label: 'Stage', numeric: false },
        { label: funnelSeries[0].label, numeric: true },
        { label: funnelSeries[1].label, numeric: true },
      ],
      rows: [
        ...FUNNEL.map((s, i) => ({
          cells: [text(stageLabel(s)), num(funnelHere[i]), num(funnelElsewhere[i])],
        })),
        { cells: [text('Stopped (not in the funnel)'), num(stoppedHere), num(stoppedElsewhere)] },
      ],
      empty: 'No adoptions.',
    };

    // The gap: themes (the chosen one only, with a theme filter) with no adoption here at any stage but stopped.
    const adoptedThemes = new Set(
      byHere.filter((a) => a.stage !== AdoptionStage.STOPPED).flatMap((a) => cs(a).themeKeys),
    );
    const adoptionCount = new Map<string, number>();
    for (const a of facts)
      adoptionCount.set(a.caseStudyId, (adoptionCount.get(a.caseStudyId) ?? 0) + 1);
    const gapThemes = themes.filter(
      (t) => (!scope.themeKey || t.key === scope.themeKey) && !adoptedThemes.has(t.key),
    );
    const gapRows = gapThemes.flatMap((t) => {
      const suggestions = firstOf(
        practice.filter((p) => p.themeKeys.includes(t.key) && p.icsId !== here),
        SUGGESTIONS,
        (a, b) =>
          (adoptionCount.get(b.id) ?? 0) - (adoptionCount.get(a.id) ?? 0) ||
          byTitle.compare(a.title, b.title) ||
          a.id.localeCompare(b.id),
      );
      if (!suggestions.length) {
        return [
          {
            cells: [
              text(t.label),
              text('No published practice from other ICSs yet'),
              text(''),
              num(0),
            ],
          },
        ];
      }
      return suggestions.map((p) => ({
        cells: [
          text(t.label),
          link(p),
          text(originName(p.icsId)),
          num(adoptionCount.get(p.id) ?? 0),
        ],
      }));
    });
    const gapTable: SectionTable = {
      caption:
        'Themes with no adoption here in this period (stopped adoptions aside), with up to 3 suggested case studies from other ICSs, most adopted first',
      columns: [
        { label: 'Theme', numeric: false },
        { label: 'Suggested case study', numeric: false },
        { label: 'From', numeric: false },
        { label: 'Adoptions so far', numeric: true },
      ],
      rows: gapRows,
      empty: 'Organisations in this ICS have adopted practice in every theme.',
    };

    const funnelTotal = funnelHere.reduce((s, n) => s + n, 0);
    return {
      summary: `${plural(adoptedElsewhere, 'practice', 'practices')} from here adopted in other ICSs; ${plural(adoptedHere, 'adoption', 'adoptions')} here of practice from elsewhere; ${plural(gapThemes.length, 'theme', 'themes')} with no adoption here.`,
      figures: [
        {
          label: 'Practice from here adopted elsewhere',
          value: adoptedElsewhere,
          unit: 'practices',
          atLeast: false,
          href: null,
          note: 'Published case studies from this ICS adopted by an organisation in another ICS (not counting stopped adoptions).',
        },
        {
          label: 'Adopted here from elsewhere',
          value: adoptedHere,
          unit: 'adoptions',
          atLeast: false,
          href: null,
          note: 'Adoptions by organisations in this ICS of practice from another ICS or a regional body (not counting stopped adoptions).',
        },
      ],
      tables: [fromHereTable, intoHereTable, funnelTable, gapTable],
      charts: [
        {
          caption: 'Adoptions by stage',
          kind: 'BAR',
          unit: 'adoptions',
          categories: FUNNEL.map(stageLabel),
          series: funnelSeries,
          summary: `${plural(funnelTotal, 'adoption', 'adoptions')} by organisations in this ICS: ${FUNNEL.map((s, i) => `${funnelHere[i]} ${stageLabel(s).toLowerCase()}`).join(', ')}; ${stoppedHere} stopped. Practice from this ICS elsewhere: ${FUNNEL.map((s, i) => `${funnelElsewhere[i]} ${stageLabel(s).toLowerCase()}`).join(', ')}; ${stoppedElsewhere} stopped.`,
        },
      ],
    };
  }
}
