import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';

import { NotificationKindRegistry, NotificationKinds } from './notification-kinds';

@NotificationKinds({
  feature: 'threads',
  kinds: [
    { kind: 'MENTION', delivery: 'IMMEDIATE', label: 'Someone mentioned you' },
    { kind: 'NEW_POST', delivery: 'DIGEST', label: 'A new post' },
  ],
})
@Injectable()
class ThreadKinds {}

@NotificationKinds({
  feature: 'events',
  kinds: [{ kind: 'EVENT_CANCELLED', delivery: 'DIGEST', label: 'An event was cancelled' }],
})
@Injectable()
class EventKinds {}

@NotificationKinds({
  feature: 'copycat',
  kinds: [{ kind: 'MENTION', delivery: 'DIGEST', label: 'Also a mention' }],
})
@Injectable()
class CopycatKinds {}

@Module({ providers: [ThreadKinds] })
class ThreadsModule {}

@Module({ providers: [EventKinds] })
class EventsModule {}

@Module({ providers: [CopycatKinds] })
class CopycatModule {}

async function registryWith(...features: (new () => unknown)[]): Promise<NotificationKindRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...features],
    providers: [NotificationKindRegistry],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(NotificationKindRegistry);
}

describe(NotificationKindRegistry.name, () => {
  it('should list every declared kind per feature', async () => {
    const registry = await registryWith(ThreadsModule, EventsModule);
    const byFeature = registry.byFeature();
    expect(byFeature.get('threads')?.map((k) => k.kind)).toEqual(['MENTION', 'NEW_POST']);
    expect(byFeature.get('events')?.map((k) => k.kind)).toEqual(['EVENT_CANCELLED']);
    expect(registry.all()).toHaveLength(3);
    expect(registry.get('NEW_POST')).toEqual({
      kind: 'NEW_POST',
      delivery: 'DIGEST',
      label: 'A new post',
      feature: 'threads',
    });
  });

  it('should say which kinds are emailed immediately', async () => {
    const registry = await registryWith(ThreadsModule, EventsModule);
    expect(registry.isImmediate('MENTION')).toBe(true);
    expect(registry.isImmediate('NEW_POST')).toBe(false);
    expect(registry.isImmediate('UNKNOWN')).toBe(false);
  });

  it('should throw when asked for a kind no feature declared', async () => {
    const registry = await registryWith(ThreadsModule);
    expect(registry.require('MENTION').feature).toBe('threads');
    expect(() => registry.require('EVENT_CANCELLED')).toThrow(
      'Notification kind "EVENT_CANCELLED" is not declared by any feature (@NotificationKinds).',
    );
  });

  it('should fail at boot when two features declare the same kind', async () => {
    await expect(registryWith(ThreadsModule, CopycatModule)).rejects.toThrow(
      /Notification kind "MENTION" is declared twice/,
    );
  });
});
