import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';

import { IS_PUBLIC_KEY } from '../../../src/common/auth/public.decorator';
import { POLICY_KEY, ROLES_KEY } from '../../../src/common/auth/roles.decorator';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';

describe('mutation permissions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should declare @Roles, @Public or @Policy on every mutation (default deny)', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let mutations = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = (proto as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata(RESOLVER_TYPE, method) !== 'Mutation') continue;
        mutations += 1;
        const declared =
          Reflect.getMetadata(ROLES_KEY, method) ??
          Reflect.getMetadata(IS_PUBLIC_KEY, method) ??
          Reflect.getMetadata(POLICY_KEY, method);
        if (!declared) undeclared.push(`${proto.constructor.name}.${name}`);
      }
    }
    expect(mutations).toBeGreaterThan(5);
    expect(undeclared).toEqual([]);
  });
});
