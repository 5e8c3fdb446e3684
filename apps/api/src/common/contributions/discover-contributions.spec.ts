import 'reflect-metadata';

import { Injectable, Module, Scope } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Test } from '@nestjs/testing';

import { discoverContributions } from './discover-contributions';

const Greeting = DiscoveryService.createDecorator<{ language: string }>();
const Other = DiscoveryService.createDecorator<{ name: string }>();

interface Greeter {
  greet(): string;
}

@Greeting({ language: 'en' })
@Injectable()
class EnglishGreeter implements Greeter {
  greet(): string {
    return 'hello';
  }
}

@Greeting({ language: 'cy' })
@Injectable()
class WelshGreeter implements Greeter {
  greet(): string {
    return 'shwmae';
  }
}

@Other({ name: 'not a greeter' })
@Injectable()
class Unrelated {}

@Injectable()
class Plain {}

@Module({ providers: [EnglishGreeter, Unrelated, Plain], exports: [EnglishGreeter] })
class EnglishModule {}

@Module({ imports: [EnglishModule], providers: [WelshGreeter] })
class WelshModule {}

@Greeting({ language: 'fr' })
@Injectable({ scope: Scope.REQUEST })
class RequestScopedGreeter {}

async function discoveryFor(...imports: (new () => unknown)[]): Promise<DiscoveryService> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...imports],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(DiscoveryService);
}

describe(discoverContributions.name, () => {
  it('should return every marked provider in any module, with its options and instance', async () => {
    const discovery = await discoveryFor(WelshModule);
    const found = discoverContributions<{ language: string }, Greeter>(discovery, Greeting);
    expect(found.map((c) => [c.name, c.meta.language, c.instance.greet()]).sort()).toEqual([
      ['EnglishGreeter', 'en', 'hello'],
      ['WelshGreeter', 'cy', 'shwmae'],
    ]);
  });

  it('should ignore providers marked for another contribution point or not marked at all', async () => {
    const discovery = await discoveryFor(WelshModule);
    const found = discoverContributions(discovery, Other);
    expect(found.map((c) => c.name)).toEqual(['Unrelated']);
    expect(found[0].instance).toBeInstanceOf(Unrelated);
  });

  it('should return nothing when no provider contributes', async () => {
    @Module({ providers: [Plain] })
    class EmptyModule {}
    const discovery = await discoveryFor(EmptyModule);
    expect(discoverContributions(discovery, Greeting)).toEqual([]);
  });

  it('should refuse a contribution that is not a singleton', async () => {
    @Module({ providers: [RequestScopedGreeter] })
    class ScopedModule {}
    const discovery = await discoveryFor(ScopedModule);
    expect(() => discoverContributions(discovery, Greeting)).toThrow(
      'RequestScopedGreeter is marked as a contribution but is not a singleton provider.',
    );
  });
});
