import type { ConfigType } from '@nestjs/config';

import type { appConfig } from '../../config/app.config';
import type { LoadersFactory } from '../loaders/loaders.factory';
import { graphqlOptions } from './graphql.config';

function optionsFor(isProduction: boolean) {
  const app = {
    isProduction,
    graphqlMaxDepth: 10,
    graphqlMaxComplexity: 1000,
    graphqlMaxAliases: 10,
    graphqlMaxRootFields: 10,
    graphqlHideSuggestions: isProduction,
  } as ConfigType<typeof appConfig>;
  return graphqlOptions({ create: () => ({}) } as unknown as LoadersFactory, app);
}

describe('graphqlOptions', () => {
  it('should turn introspection, the playground and GraphiQL off in production (the SDL is published on /developers instead)', () => {
    const options = optionsFor(true);
    expect(options.introspection).toBe(false);
    expect(options.playground).toBe(false);
    expect(options.graphiql).toBe(false);
  });

  it('should allow introspection outside production', () => {
    expect(optionsFor(false).introspection).toBe(true);
  });
});
