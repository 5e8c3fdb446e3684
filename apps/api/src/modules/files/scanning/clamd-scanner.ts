import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';

import type { MalwareScanner, ScanResult } from './malware-scanner';

const CHUNK = 64 * 1024;

export interface ClamdOptions {
  /** `tcp://host:port` or `unix:///path/to/clamd.sock`. */
  url: string;
  /** Whole scan, connect to verdict. */
  timeoutMs?: number;
}

/** Parses clamd's INSTREAM reply (`stream: OK`, `stream: <name> FOUND`, `... ERROR`). */
export function parseClamdReply(reply: string): ScanResult {
  const text = reply.replace(/\0/g, '').trim();
  if (/^(stream: )?OK$/.test(text)) return { clean: true };
  const found = /^(?:stream: )?(.+) FOUND$/.exec(text);
  if (found) return { clean: false, signature: found[1] };
  throw new Error(`clamd: ${text || 'empty reply'}`);
}

/** Writes the bytes as INSTREAM chunks (4-byte big-endian length, then the bytes), honouring backpressure. */
async function sendChunks(socket: Socket, data: Buffer | Readable): Promise<void> {
  const source: AsyncIterable<Buffer> | Buffer[] = Buffer.isBuffer(data) ? [data] : data;
  for await (const piece of source) {
    for (let offset = 0; offset < piece.length; offset += CHUNK) {
      const chunk = piece.subarray(offset, offset + CHUNK);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(chunk.length, 0);
      socket.write(length);
      if (!socket.write(chunk) && !socket.destroyed)
        await new Promise<void>((resume) => {
          socket.once('drain', resume);
          socket.once('close', resume);
        });
      if (socket.destroyed) return;
    }
  }
}

/**
 * clamd over its INSTREAM protocol: `zINSTREAM\0`, then the file in chunks
 * each prefixed by its length as a 4-byte big-endian integer, then a
 * zero-length chunk; clamd answers one NUL-terminated line. Any failure
 * (refused connection, timeout, size limit, unexpected reply) rejects.
 */
export class ClamdScanner implements MalwareScanner {
  readonly scans = true;
  private readonly timeoutMs: number;

  constructor(private readonly options: ClamdOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  private open(): Socket {
    const url = new URL(this.options.url);
    if (url.protocol === 'unix:') return connect({ path: decodeURIComponent(url.pathname) });
    if (url.protocol === 'tcp:')
      return connect({ host: url.hostname, port: Number(url.port || 3310) });
    throw new Error(`clamd: unsupported URL ${url.protocol}`);
  }

  scan(data: Buffer | Readable): Promise<ScanResult> {
    return new Promise<ScanResult>((resolve, reject) => {
      let settled = false;
      const chunks: Buffer[] = [];
      const socket = this.open();
      const finish = (error: Error | null, result?: ScanResult): void => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (error) reject(error);
        else resolve(result as ScanResult);
      };
      socket.setTimeout(this.timeoutMs, () => finish(new Error('clamd: timed out')));
      socket.on('error', (error) => finish(error));
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (chunk.includes(0)) {
          try {
            finish(null, parseClamdReply(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            finish(error as Error);
          }
        }
      });
      socket.on('end', () => {
        try {
          finish(null, parseClamdReply(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          finish(error as Error);
        }
      });
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        sendChunks(socket, data).then(
          () => socket.write(Buffer.alloc(4)),
          (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
        );
      });
    });
  }
}
