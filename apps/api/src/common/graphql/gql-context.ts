import type { Request, Response } from 'express';

import type { AuthUser } from '../auth/auth-user';
import type { RequestLoaders } from '../loaders/request-loaders';

export type AppRequest = Request & {
  user?: AuthUser;
  requestId?: string;
  /** Set by signIn/signUp: the user this request just signed in as. */
  signedInUserId?: string;
};

export interface GqlContext {
  req: AppRequest;
  res: Response;
  loaders: RequestLoaders;
}
