import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { DashboardsModule } from './dashboards.module';
import { DashboardMeasure, DashboardMeasureRegistry } from './dashboard-measure';
import type { DashboardMeasureProvider, DashboardPeriod, MeasureValue } from './dashboard-measure';

@DashboardMeasure({
  key: 'notes.written',
  feature: 'notes',
  label: 'Notes written',
  unit: 'COUNT',
  aggregation: 'Notes written in the period, by the author organisation ICS',
})
@Injectable()
class NotesWritten implements DashboardMeasureProvider {
  compute(icsOdsCode: string | null, period: DashboardPeriod): Promise<MeasureValue> {
    const days = (period.to.getTime() - period.from.getTime()) / 86_400_000;
    return Promise.resolve({ value: icsOdsCode === 'QHL' ? days : 0, basis: days });
  }
}

@DashboardMeasure({
  key: 'notes.written',
  feature: 'copycat',
  label: 'Also notes',
  unit: 'COUNT',
  aggregation: '…',
})
@Injectable()
class CopycatMeasure extends NotesWritten {}

@Module({ providers: [NotesWritten] })
class NotesModule {}

@Module({ providers: [CopycatMeasure] })
class CopycatModule {}

async function registryWith(...features: (new () => unknown)[]): Promise<DashboardMeasureRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DashboardsModule, ...features],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(DashboardMeasureRegistry);
}

const january: DashboardPeriod = { from: new Date('2026-01-01'), to: new Date('2026-02-01') };

describe(DashboardMeasureRegistry.name, () => {
  it('should list each measure with its label, unit and aggregation rule', async () => {
    const registry = await registryWith(NotesModule);
    expect(
      registry.all().map(({ key, feature, label, unit }) => ({ key, feature, label, unit })),
    ).toEqual([{ key: 'notes.written', feature: 'notes', label: 'Notes written', unit: 'COUNT' }]);
    expect(registry.get('notes.written')?.aggregation).toMatch(/in the period/);
  });

  describe('compute', () => {
    it('should compute a measure for an ICS over a period', async () => {
      const registry = await registryWith(NotesModule);
      await expect(registry.compute('notes.written', 'QHL', january)).resolves.toEqual({
        value: 31,
        basis: 31,
      });
    });

    it('should refuse an unknown measure or an empty period', async () => {
      const registry = await registryWith(NotesModule);
      await expect(registry.compute('nope', null, january)).rejects.toThrow(
        'Dashboard measure "nope" is not contributed by any feature.',
      );
      await expect(
        registry.compute('notes.written', null, { from: january.to, to: january.from }),
      ).rejects.toThrow(/must end after it starts/);
    });
  });

  it('should fail at boot when two measures share a key', async () => {
    await expect(registryWith(NotesModule, CopycatModule)).rejects.toThrow(
      /Dashboard measure "notes.written" is contributed twice/,
    );
  });
});
