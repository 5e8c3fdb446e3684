import type { IncomingMessage } from 'node:http';
import type { Writable } from 'node:stream';

import { PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { ErrorCategory } from '../../common/errors/error-category';

/** Room for multipart boundaries, part headers and the small text fields (alt text). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** How long a connection answered early may keep sending before it is cut. */
const GRACE_MS = 500;

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `The file is too large. The largest file you can upload is ${formatMegabytes(maxBytes)}.`;
}

/**
 * Stops reading a request that was answered before its body ended (413, 401,
 * a refused upload): the response goes out, the socket is half-closed, and
 * cut after a short grace, so a 1 GB body is never read to its end (Node
 * and multer would otherwise drain it).
 */
function hangUpAfterResponse(req: IncomingMessage): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  socket.end();
  setTimeout(() => socket.destroy(), GRACE_MS).unref();
}

/** Route middleware for POST /files: any early answer ends the connection. */
export function closeWhenAnsweredEarly(req: Request, res: Response, next: NextFunction): void {
  res.on('finish', () => {
    if (!req.complete) hangUpAfterResponse(req);
  });
  next();
}

/**
 * Multer `streamHandler`: feeds busboy while counting the raw body. A body
 * declared (Content-Length) or found (while streaming, chunked or not) to be
 * larger than the file limit plus multipart overhead is answered at once
 * with 413 and the connection is closed; multer's own per-file limit would
 * otherwise wait for the whole body to drain before answering.
 */
export function limitedStreamHandler(maxFileBytes: number) {
  const maxBody = maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  return (req: IncomingMessage & { res?: Response }, busboy: Writable): void => {
    const refuse = (): void => {
      req.unpipe(busboy);
      // Lets multer finish (its error reaches a response that is already sent).
      busboy.destroy(new PayloadTooLargeException(tooLargeMessage(maxFileBytes)));
      const res = req.res;
      if (res && !res.headersSent) {
        res.status(413).setHeader('Connection', 'close');
        res.json({ code: ErrorCategory.BadUserInput, message: tooLargeMessage(maxFileBytes) });
      } else {
        hangUpAfterResponse(req);
      }
      req.on('data', () => undefined);
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) {
      refuse();
      return;
    }
    let received = 0;
    const count = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBody) {
        req.off('data', count);
        refuse();
      }
    };
    req.on('data', count);
    req.pipe(busboy);
  };
}
