import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { DashboardsModule } from './dashboards.module';
import { DashboardMeasures, DashboardRegistry, DashboardSection } from './dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  DashboardSectionProvider,
  SectionContent,
} from './dashboard-measure';

const asked: DashboardScope[] = [];

function notes(key: string, days: number): ComputedMeasure {
  return {
    key,
    group: 'PRACTICE',
    label: 'Notes written',
    unit: 'count',
    themeKey: null,
    aggregation: 'Notes written in the period, by the author organisation ICS',
    perPopulation: true,
    figuresPath: null,
    sources: [],
    byIcs: new Map([['QHL', { value: days, atLeast: false, basis: days }]]),
    region: { value: days, atLeast: false, basis: days },
  };
}

@DashboardMeasures({ feature: 'notes' })
@Injectable()
class NotesMeasures implements DashboardMeasureSource {
  measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    asked.push(scope);
    const days = scope.period
      ? (scope.period.to.getTime() - scope.period.from.getTime()) / 86_400_000
      : 0;
    return Promise.resolve([notes('notes.written', days)]);
  }
}

@DashboardMeasures({ feature: 'copycat' })
@Injectable()
class CopycatMeasures extends NotesMeasures {}

const content: SectionContent = { summary: 'Two notes', figures: [], tables: [], charts: [] };

@DashboardSection({ key: 'notes', feature: 'notes', title: 'Notes', order: 20 })
@Injectable()
class NotesSection implements DashboardSectionProvider {
  load(): Promise<SectionContent> {
    return Promise.resolve(content);
  }
}

@DashboardSection({ key: 'intro', feature: 'notes', title: 'Intro', order: 10 })
@Injectable()
class IntroSection extends NotesSection {}

@DashboardSection({ key: 'notes', feature: 'copycat', title: 'Also notes', order: 1 })
@Injectable()
class CopycatSection extends NotesSection {}

@Module({ providers: [NotesMeasures, NotesSection, IntroSection] })
class NotesModule {}

@Module({ providers: [CopycatMeasures] })
class CopycatModule {}

@Module({ providers: [CopycatSection] })
class CopycatSectionModule {}

async function registryWith(...features: (new () => unknown)[]): Promise<DashboardRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DashboardsModule, ...features],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(DashboardRegistry);
}

const january: DashboardScope = {
  period: { from: new Date('2026-01-01'), to: new Date('2026-02-01') },
  themeKey: null,
};

describe(DashboardRegistry.name, () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it('should compute every contributed measure for the scope it is given', async () => {
    const registry = await registryWith(NotesModule);
    const [measure] = await registry.measures(january);
    expect(asked).toEqual([january]);
    expect(measure?.byIcs.get('QHL')).toEqual({ value: 31, atLeast: false, basis: 31 });
    expect(measure?.aggregation).toMatch(/in the period/);
  });

  it('should refuse an empty period', async () => {
    const registry = await registryWith(NotesModule);
    await expect(
      registry.measures({
        period: { from: new Date('2026-02-01'), to: new Date('2026-01-01') },
        themeKey: null,
      }),
    ).rejects.toThrow(/must end after it starts/);
  });

  it('should fail when two features compute a measure with the same key', async () => {
    const registry = await registryWith(NotesModule, CopycatModule);
    await expect(registry.measures(january)).rejects.toThrow(
      /"notes.written" is computed twice: by copycat and by notes/,
    );
  });

  it('should list sections in their order', async () => {
    const registry = await registryWith(NotesModule);
    expect(registry.sections().map((s) => s.key)).toEqual(['intro', 'notes']);
    await expect(registry.sections()[1]!.section.load('QHL', january)).resolves.toBe(content);
  });

  it('should fail at boot when two sections share a key', async () => {
    await expect(registryWith(NotesModule, CopycatSectionModule)).rejects.toThrow(
      /Dashboard section "notes" is contributed twice/,
    );
  });
});
