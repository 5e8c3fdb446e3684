import type {
  ComputedMeasure,
  DashboardScope,
  SectionContent,
} from '../../../src/common/dashboards/dashboard-measure';
import { periodOf } from '../../../src/common/dashboards/period';
import { AdoptionsDashboardMeasures } from '../../../src/modules/adoptions/dashboard/adoptions.dashboard-measures';
import { SpreadDashboardSection } from '../../../src/modules/adoptions/dashboard/spread.dashboard-section';
import { CaseStudiesDashboardMeasures } from '../../../src/modules/case-studies/dashboard/case-studies.dashboard-measures';
import { ParticipationDashboardMeasures } from '../../../src/modules/events/dashboard/participation.dashboard-measures';
import { ParticipationDashboardSection } from '../../../src/modules/events/dashboard/participation.dashboard-section';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

const ALL: DashboardScope = { period: null, themeKey: null };
const FY2024: DashboardScope = {
  period: periodOf({ financialYear: 2024, quarter: null }),
  themeKey: null,
};
const EMPLOYMENT: DashboardScope = { period: null, themeKey: 'EMPLOYMENT' };

/** Only hand-made fixtures: the demo content's practice, adoptions and events are removed. */
async function clearPractice(t: TestApp): Promise<void> {
  await t.db.query('TRUNCATE case_study, adoption, event, event_registration CASCADE');
}

describe('practice and spread, and participation, on the dashboards', () => {
  let t: TestApp;
  let measures: (scope: DashboardScope) => Promise<ComputedMeasure[]>;
  let spread: (ods: string, scope: DashboardScope) => Promise<SectionContent>;
  let participation: (ods: string, scope: DashboardScope) => Promise<SectionContent>;

  const value = (list: ComputedMeasure[], key: string, ods: string | null) => {
    const m = list.find((x) => x.key === key);
    if (!m) throw new Error(`no measure ${key}`);
    return ods ? m.byIcs.get(ods)?.value : m.region.value;
  };
  const pick = (list: ComputedMeasure[], key: string) =>
    ['QUA', 'QHL', 'QJ2', null].map((ods) => value(list, key, ods));

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    await clearPractice(t);
    const sources = [
      t.app.get(CaseStudiesDashboardMeasures),
      t.app.get(AdoptionsDashboardMeasures),
      t.app.get(ParticipationDashboardMeasures),
    ];
    measures = async (scope) => (await Promise.all(sources.map((s) => s.measures(scope)))).flat();
    spread = (ods, scope) => t.app.get(SpreadDashboardSection).load(ods, scope);
    participation = (ods, scope) => t.app.get(ParticipationDashboardSection).load(ods, scope);

    // Practice: QUA (Black Country) A1, A2 and a draft; QHL B1, B2; QJ2 C1..C4.
    const orgA = await createOrganisation(t.db, {
      icsOdsCodes: ['QUA'],
      name: 'Here Trust',
      typeKey: 'NHS_TRUST',
    });
    const orgA2 = await createOrganisation(t.db, {
      icsOdsCodes: ['QUA'],
      name: 'Here Council',
      typeKey: 'LOCAL_AUTHORITY',
    });
    const orgB = await createOrganisation(t.db, {
      icsOdsCodes: ['QHL'],
      name: 'Birmingham Adopter',
    });
    const orgC = await createOrganisation(t.db, {
      icsOdsCodes: ['QJ2'],
      name: 'Derbyshire Adopter',
    });
    const cs = (
      organisationId: string,
      icsOdsCode: string,
      title: string,
      themes: string[],
      status?: 'DRAFT',
    ) => createCaseStudy(t.db, { organisationId, icsOdsCode, title, themes, status });
    const a1 = await cs(orgA.id, 'QUA', 'A1 jobs', ['EMPLOYMENT']);
    const a2 = await cs(orgA.id, 'QUA', 'A2 workforce', ['WORKFORCE']);
    const draft = await cs(orgA.id, 'QUA', 'A draft', ['EMPLOYMENT'], 'DRAFT');
    const b1 = await cs(orgB.id, 'QHL', 'B1 procurement', ['PROCUREMENT_SOCIAL_VALUE']);
    await cs(orgB.id, 'QHL', 'Beta jobs', ['EMPLOYMENT']);
    await cs(orgC.id, 'QJ2', 'C1 estates', ['ESTATES']);
    const c2 = await cs(orgC.id, 'QJ2', 'Zulu jobs', ['EMPLOYMENT']);
    await cs(orgC.id, 'QJ2', 'Gamma jobs', ['EMPLOYMENT']);
    await cs(orgC.id, 'QJ2', 'Delta jobs', ['EMPLOYMENT']);
    await t.db.query(`UPDATE case_study SET published_at = '2024-06-01T10:00:00Z' WHERE id = $1`, [
      a1.id,
    ]);

    const adopt = (
      caseStudyId: string,
      organisationId: string,
      icsOdsCode: string,
      stage: string,
    ) => createAdoption(t.db, { caseStudyId, organisationId, icsOdsCode, stage });
    const ad1 = await adopt(a1.id, orgB.id, 'QHL', 'PILOTING');
    await adopt(a1.id, orgC.id, 'QJ2', 'EXPLORING');
    await adopt(a2.id, orgC.id, 'QJ2', 'STOPPED');
    await adopt(b1.id, orgA.id, 'QUA', 'EMBEDDED');
    await adopt(draft.id, orgB.id, 'QHL', 'SUSTAINED');
    await adopt(a2.id, orgA2.id, 'QUA', 'SUSTAINED');
    await adopt(c2.id, orgB.id, 'QHL', 'EXPLORING');
    await t.db.query(`UPDATE adoption SET created_at = '2024-05-10T10:00:00Z' WHERE id = $1`, [
      ad1.id,
    ]);

    // Participation.
    const organiser = await createUser(t.db, { icsOdsCodes: ['QHL'] });
    const u1 = await createUser(t.db, { organisationId: orgA.id });
    const u2 = await createUser(t.db, { organisationId: orgA2.id });
    const u3 = await createUser(t.db, { organisationId: orgA.id });
    const u4 = await createUser(t.db, { organisationId: orgB.id });
    const u5 = await createUser(t.db, { organisationId: orgA.id });
    const type = new Map([
      [orgA.id, ['QUA', 'NHS_TRUST']],
      [orgA2.id, ['QUA', 'LOCAL_AUTHORITY']],
      [orgB.id, ['QHL', 'VCSE']],
    ]);
    const event = (startsAt: string, o: { status?: 'CANCELLED'; themes?: string[] } = {}) =>
      createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(startsAt), ...o });
    const register = async (
      eventId: string,
      user: { id: string; organisationId: string },
      status = 'CONFIRMED',
      checkedIn = false,
    ) => {
      const [ics, typeKey] = type.get(user.organisationId) as string[];
      await t.db.query(
        `INSERT INTO event_registration (event_id, user_id, status, ics_ods_code, organisation_type_key, consent_at, checked_in_at)
         VALUES ($1, $2, $3, $4, $5, now(), $6)`,
        [
          eventId,
          user.id,
          status,
          ics,
          typeKey,
          checkedIn ? new Date('2024-08-15T10:00:00Z') : null,
        ],
      );
    };
    const e1 = await event('2024-05-20T09:00:00Z'); // no check-ins: confirmed places count
    await register(e1.id, u1);
    await register(e1.id, u2);
    await register(e1.id, u3, 'CANCELLED');
    await register(e1.id, u4);
    const e2 = await event('2024-08-15T09:00:00Z'); // check-ins recorded: only those who checked in
    await register(e2.id, u1, 'CONFIRMED', true);
    await register(e2.id, u2);
    await register(e2.id, u5, 'CONFIRMED', true);
    await register(e2.id, u3, 'WAITLISTED');
    const e3 = await event('2024-09-01T09:00:00Z', { status: 'CANCELLED' });
    await register(e3.id, u1);
    const e4 = await event(new Date(Date.now() + 30 * 86_400_000).toISOString());
    await register(e4.id, u1);
    const e5 = await event('2025-01-10T09:00:00Z', { themes: ['EMPLOYMENT'] });
    await register(e5.id, u2);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should count published practice for its own ICS, adoptions for the adopter, and never drafts or stopped adoptions', async () => {
    const all = await measures(ALL);
    expect(pick(all, 'practice.published')).toEqual([2, 2, 4, 8]);
    expect(pick(all, 'practice.adopted-elsewhere')).toEqual([1, 1, 1, 3]);
    expect(pick(all, 'practice.adopted-here')).toEqual([1, 2, 1, 4]);
    expect(pick(all, 'practice.adoptions')).toEqual([2, 2, 2, 6]);
    const m = all.find((x) => x.key === 'practice.published');
    expect(m).toMatchObject({
      group: 'PRACTICE',
      perPopulation: true,
      figuresPath: '/case-studies',
      sources: [],
    });
    expect(all.find((x) => x.key === 'practice.adopted-here')?.aggregation).toMatch(
      /adopting organisation’s ICS/,
    );
  });

  it('should filter practice measures by theme and by period', async () => {
    const employment = await measures(EMPLOYMENT);
    expect(pick(employment, 'practice.published')).toEqual([1, 1, 3, 5]);
    expect(pick(employment, 'practice.adopted-elsewhere')).toEqual([1, 0, 1, 2]);
    expect(pick(employment, 'practice.adopted-here')).toEqual([0, 2, 1, 3]);
    expect(pick(employment, 'practice.adoptions')).toEqual([0, 2, 1, 3]);
    const fy = await measures(FY2024);
    expect(pick(fy, 'practice.published')).toEqual([1, 0, 0, 1]);
    expect(pick(fy, 'practice.adopted-elsewhere')).toEqual([1, 0, 0, 1]);
    expect(pick(fy, 'practice.adopted-here')).toEqual([0, 1, 0, 1]);
    expect(pick(fy, 'practice.adoptions')).toEqual([0, 1, 0, 1]);
  });

  it('should list spread from and into an ICS, the stage funnel and the theme gaps with suggestions, most adopted first', async () => {
    const s = await spread('QUA', ALL);
    expect(s.figures.map((f) => f.value)).toEqual([1, 1]);
    const [fromHere, intoHere, funnel, gap] = s.tables;
    expect(fromHere.rows.map((r) => r.cells.map((c) => c.text).slice(0, 4))).toEqual([
      ['A1 jobs', 'Birmingham Adopter', expect.any(String), 'Piloting'],
      ['A1 jobs', 'Derbyshire Adopter', expect.any(String), 'Exploring'],
      ['A2 workforce', 'Derbyshire Adopter', expect.any(String), 'Stopped'],
    ]);
    expect(fromHere.rows[0].cells[0].href).toMatch(/^\/case-studies\/test-practice-/);
    expect(intoHere.rows.map((r) => [r.cells[0].text, r.cells[1].text, r.cells[3].text])).toEqual([
      ['Here Trust', 'B1 procurement', 'Embedded'],
    ]);
    expect(funnel.rows.map((r) => [r.cells[0].text, r.cells[1].value, r.cells[2].value])).toEqual([
      ['Exploring', 0, 1],
      ['Planning', 0, 0],
      ['Piloting', 0, 1],
      ['Embedded', 1, 0],
      ['Sustained', 1, 0],
      ['Stopped (not in the funnel)', 0, 1],
    ]);
    expect(s.charts[0]).toMatchObject({
      kind: 'BAR',
      categories: ['Exploring', 'Planning', 'Piloting', 'Embedded', 'Sustained'],
    });
    expect(s.charts[0].series[0].values).toEqual([0, 0, 0, 1, 1]);
    const gapThemes = new Set(gap.rows.map((r) => r.cells[0].text));
    expect(gapThemes.has('Employment and employability')).toBe(true);
    expect(gapThemes.has('Land, buildings and estates')).toBe(true);
    expect(gapThemes.has('Workforce recruitment, education and retention')).toBe(false);
    expect(gapThemes.has('Local procurement and social value')).toBe(false);
    const employment = gap.rows.filter((r) => r.cells[0].text === 'Employment and employability');
    expect(employment.map((r) => [r.cells[1].text, r.cells[3].value])).toEqual([
      ['Zulu jobs', 1],
      ['Beta jobs', 0],
      ['Delta jobs', 0],
    ]);
    expect(
      employment.every((r) => /^\/case-studies\/test-practice-/.test(r.cells[1].href ?? '')),
    ).toBe(true);
    const none = gap.rows.find((r) => r.cells[0].text === 'Mental health and emotional wellbeing');
    expect(none?.cells[1].text).toBe('No published practice from other ICSs yet');
  });

  it('should narrow the spread section to a theme', async () => {
    const s = await spread('QUA', EMPLOYMENT);
    expect(s.tables[0].rows).toHaveLength(2);
    expect(s.tables[1].rows).toHaveLength(0);
    expect([...new Set(s.tables[3].rows.map((r) => r.cells[0].text))]).toEqual([
      'Employment and employability',
    ]);
  });

  it('should count attendances (checked in where an event recorded check-ins) and organisations per ICS, never cancelled registrations or events', async () => {
    const all = await measures(ALL);
    expect(pick(all, 'participation.attendances')).toEqual([5, 1, 0, 6]);
    expect(pick(all, 'participation.organisations')).toEqual([2, 1, 0, 3]);
    const employment = await measures(EMPLOYMENT);
    expect(pick(employment, 'participation.attendances')).toEqual([1, 0, 0, 1]);
    const q1 = await measures({
      period: periodOf({ financialYear: 2024, quarter: 1 }),
      themeKey: null,
    });
    expect(pick(q1, 'participation.attendances')).toEqual([2, 1, 0, 3]);
  });

  it('should show participation by organisation type and by quarter', async () => {
    const s = await participation('QUA', FY2024);
    const [byType, byQuarter] = s.tables;
    expect(byType.rows.map((r) => r.cells.map((c) => c.value ?? c.text))).toEqual(
      [
        ['NHS trust', 3, 1],
        ['Local authority', 2, 1],
      ].map(([label, a, o]) => [expect.stringMatching(new RegExp(String(label), 'i')), a, o]),
    );
    expect(byQuarter.rows.map((r) => [r.cells[0].text, r.cells[1].value])).toEqual([
      ['2024/25 Q1', 2],
      ['2024/25 Q2', 2],
      ['2024/25 Q3', 0],
      ['2024/25 Q4', 1],
    ]);
    expect(s.charts.map((c) => c.kind)).toEqual(['BAR', 'LINE']);
    expect(s.charts[1].series[0].values).toEqual([2, 2, 0, 1]);
    expect(s.figures.map((f) => f.value)).toEqual([5, 2]);
  });

  it('should show both sections and the practice and participation measures on icsDashboard over HTTP', async () => {
    const res = await gql<{
      icsDashboard: {
        measures: { key: string; value: number | null }[];
        sections: { key: string; title: string; figures: { value: number | null }[] }[];
      };
    }>(t.url, {
      query: `query($p: PeriodInput) { icsDashboard(odsCode: "QUA", period: $p) {
        measures { key value } sections { key title figures { value } } } }`,
      variables: { p: { financialYear: 2024, quarter: null } },
    });
    expect(res.errors).toBeUndefined();
    const d = res.data!.icsDashboard;
    const byKey = new Map(d.measures.map((m) => [m.key, m.value]));
    expect(
      ['practice.published', 'practice.adopted-elsewhere', 'participation.attendances'].map((k) =>
        byKey.get(k),
      ),
    ).toEqual([1, 1, 5]);
    const sections = d.sections.filter((x) => ['spread', 'participation'].includes(x.key));
    expect(sections.map((x) => [x.key, x.title])).toEqual([
      ['spread', 'Practice and spread'],
      ['participation', 'Participation in regional events'],
    ]);
  });
});

describe('practice and participation dashboard statement counts', () => {
  let t: TestApp;
  let organiserId: string;
  const ICSS = ['QHL', 'QUA', 'QWU', 'QJ2', 'QGH', 'QK1', 'QJM', 'QPM', 'QT1', 'QOC', 'QNC'];
  const adopters: Record<string, { id: string }> = {};
  let added = 0;

  async function add(count: number): Promise<void> {
    for (let i = added; i < added + count; i += 1) {
      const ics = ICSS[i % ICSS.length];
      const other = ICSS[(i + 3) % ICSS.length];
      const cs = await createCaseStudy(t.db, {
        organisationId: adopters[ics].id,
        icsOdsCode: ics,
        themes: ['EMPLOYMENT'],
      });
      await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: adopters[other].id,
        icsOdsCode: other,
        stage: 'PILOTING',
      });
      const e = await createEvent(t.db, {
        organiserId,
        themes: ['EMPLOYMENT'],
        startsAt: new Date(Date.now() - (i + 1) * 86_400_000),
      });
      await t.db.query(
        `INSERT INTO event_registration (event_id, user_id, status, ics_ods_code, organisation_type_key, consent_at)
         VALUES ($1, $2, 'CONFIRMED', 'QUA', 'VCSE', now())`,
        [e.id, organiserId],
      );
    }
    added += count;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    await clearPractice(t);
    for (const ics of ICSS) adopters[ics] = await createOrganisation(t.db, { icsOdsCodes: [ics] });
    organiserId = (await createUser(t.db, { organisationId: adopters.QUA.id })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('should issue the same number of statements for measures and sections with 5 and with 50 case studies, adoptions and events', async () => {
    const run = () =>
      countQueries(async () => {
        const scope = { period: null, themeKey: 'EMPLOYMENT' };
        const measures = await Promise.all([
          t.app.get(CaseStudiesDashboardMeasures).measures(scope),
          t.app.get(AdoptionsDashboardMeasures).measures(scope),
          t.app.get(ParticipationDashboardMeasures).measures(scope),
        ]);
        const sections = await Promise.all([
          t.app.get(SpreadDashboardSection).load('QUA', scope),
          t.app.get(ParticipationDashboardSection).load('QUA', scope),
        ]);
        return { measures: measures.flat(), sections };
      });
    await add(5);
    const five = await run();
    await add(45);
    const fifty = await run();
    const published = (r: typeof five) =>
      r.result.measures.find((m) => m.key === 'practice.published')?.region.value;
    expect([published(five), published(fifty)]).toEqual([5, 50]);
    expect(
      fifty.result.measures.find((m) => m.key === 'participation.attendances')?.byIcs.get('QUA')
        ?.value,
    ).toBe(50);
    expect(fifty.count).toBe(five.count);
    expect(fifty.count).toBeLessThanOrEqual(16);
  });
});
