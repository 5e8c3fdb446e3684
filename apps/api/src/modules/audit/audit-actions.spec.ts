import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { DataSource } from 'typeorm';

import { AuditActionRegistry, AuditActions } from './audit-actions';
import { AuditTargetScope, AuditTargetScopes } from './audit-target-scopes';
import type { AuditTargetScopeSource } from './audit-target-scopes';
import { AuditService } from './audit.service';

@AuditActions({
  feature: 'people',
  actions: [
    { action: 'role.granted', targetType: 'user', label: 'Role granted' },
    { action: 'role.revoked', targetType: 'user', label: 'Role revoked' },
  ],
})
@Injectable()
class PeopleActions {}

@AuditActions({
  feature: 'places',
  actions: [{ action: 'place.renamed', targetType: 'place', label: 'Place renamed' }],
})
@Injectable()
class PlacesActions {}

@AuditActions({
  feature: 'copycat',
  actions: [{ action: 'role.granted', targetType: 'user', label: 'Also granted' }],
})
@Injectable()
class CopycatActions {}

const ICS = '0b7c5f7e-1d2a-4c8e-9f00-5a1b2c3d4e5f';

@AuditTargetScope({ targetType: 'user' })
@Injectable()
class PeopleScope implements AuditTargetScopeSource {
  async icsIdsOf(targetId: string): Promise<readonly string[]> {
    return targetId === 'u-in-ics' ? [ICS] : [];
  }
}

@Module({ providers: [PeopleActions, PeopleScope] })
class PeopleModule {}

@Module({ providers: [PlacesActions] })
class PlacesModule {}

@Module({ providers: [CopycatActions] })
class CopycatModule {}

async function registryWith(...features: (new () => unknown)[]): Promise<AuditActionRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...features],
    providers: [AuditActionRegistry],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(AuditActionRegistry);
}

describe(AuditActionRegistry.name, () => {
  it('should list every declared action per feature', async () => {
    const registry = await registryWith(PeopleModule, PlacesModule);
    expect(
      registry
        .byFeature()
        .get('people')
        ?.map((a) => a.action),
    ).toEqual(['role.granted', 'role.revoked']);
    expect(registry.get('place.renamed')?.feature).toBe('places');
    expect(registry.all()).toHaveLength(3);
  });

  it('should throw for an undeclared action or the wrong target type', async () => {
    const registry = await registryWith(PeopleModule);
    expect(registry.require('role.granted', 'user').label).toBe('Role granted');
    expect(() => registry.require('role.stolen', 'user')).toThrow(
      'Audit action "role.stolen" is not declared by any feature (@AuditActions).',
    );
    expect(() => registry.require('role.granted', 'comment')).toThrow(
      'Audit action "role.granted" is declared for target type "user", not "comment".',
    );
  });

  it('should fail at boot when two features declare the same action', async () => {
    await expect(registryWith(PeopleModule, CopycatModule)).rejects.toThrow(
      /Audit action "role.granted" is declared twice/,
    );
  });
});

describe(AuditService.name, () => {
  describe('record', () => {
    it('should write a declared action and refuse an undeclared one without writing', async () => {
      const { registry, scopes } = await partsWith(PeopleModule);
      const query = jest.fn().mockResolvedValue([]);
      const service = new AuditService(
        { manager: { query } } as unknown as DataSource,
        registry,
        scopes,
      );
      await service.record({
        actorId: null,
        action: 'role.granted',
        targetType: 'user',
        targetId: 'u1',
      });
      expect(query).toHaveBeenCalledTimes(1);
      await expect(
        service.record({
          actorId: null,
          action: 'role.stolen',
          targetType: 'user',
          targetId: 'u1',
        }),
      ).rejects.toThrow('Audit action "role.stolen" is not declared');
      expect(query).toHaveBeenCalledTimes(1);
    });

    it("should scope an entry to the target's ICSs from the target type's scope source", async () => {
      const { registry, scopes } = await partsWith(PeopleModule);
      const query = jest.fn().mockResolvedValue([]);
      const service = new AuditService(
        { manager: { query } } as unknown as DataSource,
        registry,
        scopes,
      );
      await service.record({
        actorId: null,
        action: 'role.granted',
        targetType: 'user',
        targetId: 'u-in-ics',
      });
      await service.record({
        actorId: null,
        action: 'role.granted',
        targetType: 'user',
        targetId: 'u-elsewhere',
      });
      expect(query.mock.calls[0][1][6]).toEqual([ICS]);
      expect(query.mock.calls[1][1][6]).toEqual([]);
    });
  });
});

async function partsWith(
  ...features: (new () => unknown)[]
): Promise<{ registry: AuditActionRegistry; scopes: AuditTargetScopes }> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, ...features],
    providers: [AuditActionRegistry, AuditTargetScopes],
  }).compile();
  await moduleRef.init();
  return { registry: moduleRef.get(AuditActionRegistry), scopes: moduleRef.get(AuditTargetScopes) };
}
