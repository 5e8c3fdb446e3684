import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (kept from a sane `x-request-id` header). */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { requestId: string }).requestId = requestId;
  res.setHeader('x-request-id', requestId);
  // Kept on the request (GraphQL errors get it through requestIdPlugin), not in
  // AsyncLocalStorage: its promise hooks cost every request dearly on Node 20.
  next();
}
