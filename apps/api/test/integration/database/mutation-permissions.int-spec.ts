import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';

import { IS_PUBLIC_KEY } from '../../../src/common/auth/public.decorator';
import { POLICY_KEY, ROLES_KEY } from '../../../src/common/auth/roles.decorator';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVE_PROPERTY = 'graphql:resolve_property';
const PARAM_ARGS = '__routeArguments__';
/** GqlParamtype.ARGS: the `3:<index>` keys of @Args() parameters. */
const ARGS_PARAM = /^3:/;

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

  it('should keep field resolvers without @Args on the fast path (positional arguments, no parameter decorators)', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const slow: string[] = [];
    let fields = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = (proto as Record<string, unknown>)[name] as object;
        if (!Reflect.getMetadata(RESOLVE_PROPERTY, method)) continue;
        fields += 1;
        const params = Object.keys((Reflect.getMetadata(PARAM_ARGS, proto.constructor, name) as object | undefined) ?? {});
        if (params.length && !params.some((k) => ARGS_PARAM.test(k))) slow.push(`${proto.constructor.name}.${name}`);
      }
    }
    expect(fields).toBeGreaterThan(20);
    // See docs/house-style.md: take (parent, _args, ctx) and read the viewer as ctx.req.user.
    expect(slow).toEqual([]);
  });
});
