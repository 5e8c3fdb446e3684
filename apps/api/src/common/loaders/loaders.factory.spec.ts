import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import DataLoader from 'dataloader';

import { LoadersFactory } from './loaders.factory';
import { LoadersContribution } from './request-loaders';

let batches = 0;
let pearsBuilt = 0;

@LoadersContribution({ feature: 'apples' })
@Injectable()
class ApplesLoaders {
  create() {
    return {
      appleById: new DataLoader<string, string>(async (ids) => {
        batches += 1;
        return ids.map((id) => `apple ${id}`);
      }),
    };
  }
}

@LoadersContribution({ feature: 'pears' })
@Injectable()
class PearsLoaders {
  create() {
    pearsBuilt += 1;
    return {
      pearById: new DataLoader<string, string>(async (ids) => ids.map((id) => `pear ${id}`)),
    };
  }
}

@LoadersContribution({ feature: 'more-apples' })
@Injectable()
class MoreApplesLoaders {
  create() {
    return { appleById: new DataLoader<string, string>(async (ids) => ids.map(() => 'other')) };
  }
}

@Module({ providers: [ApplesLoaders] })
class ApplesModule {}

@Module({ providers: [PearsLoaders] })
class PearsModule {}

@Module({ providers: [MoreApplesLoaders] })
class MoreApplesModule {}

async function factoryWith(...features: (new () => unknown)[]): Promise<LoadersFactory> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...features],
    providers: [LoadersFactory],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(LoadersFactory);
}

type Bag = Record<string, DataLoader<string, string>>;

describe(LoadersFactory.name, () => {
  it('should build one bag from every feature contribution, fresh for each request', async () => {
    const factory = await factoryWith(ApplesModule, PearsModule);
    const first = factory.create() as unknown as Bag;
    const second = factory.create() as unknown as Bag;
    const keys: string[] = [];
    for (const key in first) keys.push(key);
    expect(keys.sort()).toEqual(['appleById', 'pearById']);
    expect(first.appleById).not.toBe(second.appleById);
    // Built once per bag: the same loader on every use within a request.
    expect(first.appleById).toBe(first.appleById);
    expect(await first.pearById.load('1')).toBe('pear 1');
    batches = 0;
    await Promise.all([first.appleById.load('1'), first.appleById.load('2')]);
    expect(batches).toBe(1);
    expect([...factory.keys()]).toEqual(
      expect.arrayContaining([
        ['appleById', 'apples'],
        ['pearById', 'pears'],
      ]),
    );
  });

  it("should build a feature's loaders only when a request first uses one of them", async () => {
    const factory = await factoryWith(ApplesModule, PearsModule);
    pearsBuilt = 0;
    const bag = factory.create() as unknown as Bag;
    factory.create();
    expect(pearsBuilt).toBe(0);
    const pears = bag.pearById;
    expect(bag.pearById).toBe(pears);
    expect(pearsBuilt).toBe(1);
  });

  it('should fail at boot when two features contribute the same key', async () => {
    await expect(factoryWith(ApplesModule, MoreApplesModule)).rejects.toThrow(
      /Loader "appleById" is contributed twice: by (apples|more-apples) and by (apples|more-apples)/,
    );
  });

  it('should build an empty bag when nothing contributes', async () => {
    const factory = await factoryWith();
    expect(factory.create()).toEqual({});
  });
});
