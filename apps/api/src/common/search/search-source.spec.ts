import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { Audience } from '../visibility/audience';
import { SearchModule } from './search.module';
import { SearchSource, SearchSourceRegistry } from './search-source';
import type { SearchDocument, SearchDocumentPage, SearchSourceProvider } from './search-source';

const doc = (id: string): SearchDocument => ({
  type: 'NOTE',
  id,
  title: `Note ${id}`,
  summary: null,
  body: 'text',
  url: `/notes/${id}`,
  facets: { ics: ['QHL'], theme: ['frailty'] },
  facetLabels: { ics: { QHL: 'Birmingham and Solihull' } },
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  audience: [Audience.anyone()],
});

@SearchSource({ type: 'NOTE', feature: 'notes', label: 'Notes' })
@Injectable()
class NotesSearchSource implements SearchSourceProvider {
  changedSince(): Promise<SearchDocumentPage> {
    return Promise.resolve({ documents: [doc('1')], next: null });
  }
  byIds(ids: readonly string[]): Promise<SearchDocument[]> {
    return Promise.resolve(ids.map(doc));
  }
}

@SearchSource({ type: 'NOTE', feature: 'copycat', label: 'Also notes' })
@Injectable()
class CopycatSearchSource extends NotesSearchSource {}

@Module({ providers: [NotesSearchSource] })
class NotesModule {}

@Module({ providers: [CopycatSearchSource] })
class CopycatModule {}

async function registryWith(...features: (new () => unknown)[]): Promise<SearchSourceRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [SearchModule, ...features],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(SearchSourceRegistry);
}

describe(SearchSourceRegistry.name, () => {
  it('should find each feature source by document type', async () => {
    const registry = await registryWith(NotesModule);
    expect(registry.all().map((s) => [s.type, s.feature, s.label])).toEqual([
      ['NOTE', 'notes', 'Notes'],
    ]);
    const source = registry.get('NOTE')?.source;
    expect((await source?.byIds(['7']))?.[0].url).toBe('/notes/7');
    expect(registry.get('EVENT')).toBeUndefined();
  });

  it('should be empty when no feature contributes', async () => {
    expect((await registryWith()).all()).toEqual([]);
  });

  it('should fail at boot when two sources claim one document type', async () => {
    await expect(registryWith(NotesModule, CopycatModule)).rejects.toThrow(
      /Search document type "NOTE" has two sources/,
    );
  });
});
