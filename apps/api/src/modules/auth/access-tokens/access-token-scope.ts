import { registerEnumType } from '@nestjs/graphql';

/** What a personal access token may do. */
export enum AccessTokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

registerEnumType(AccessTokenScope, {
  name: 'AccessTokenScope',
  description:
    'What a personal access token may do: READ runs queries only (any mutation is FORBIDDEN); READ_WRITE also runs mutations, with your own permissions.',
});
