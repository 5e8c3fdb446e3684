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
function hangUpAfterResponse(
  req: IncomingMessage,
  destroy = (): void => void req.socket.destroy(),
): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  req.on('data', () => undefined);
  req.resume();
  socket.end();
  setTimeout(destroy, GRACE_MS).unref();
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
      // Nest destroys a request still being received once its response is
      // sent; done at once, that resets the connection and a client still
      // sending never reads the 413. Linger instead: half-close, discard what
      // arrives, cut after the grace period.
      const destroy = req.destroy.bind(req);
      req.destroy = ((error?: Error) => {
        hangUpAfterResponse(req, () => void destroy(error));
        return req;
      }) as typeof req.destroy;
      // Lets multer finish (its error reaches a response that is already sent).
      busboy.destroy(new PayloadTooLargeException(tooLargeMessage(maxFileBytes)));
      const res = req.res;
      if (res && !res.headersSent) {
        // No `Connection: close` here: Node would destroy the socket as soon
        // as the response is written, and a client still sending would get a
        // reset instead of the answer. closeWhenAnsweredEarly hangs up after
        // a grace period instead.
        res
          .status(413)
          .json({ code: ErrorCategory.BadUserInput, message: tooLargeMessage(maxFileBytes) });
      } else {
        hangUpAfterResponse(req);
      }
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
