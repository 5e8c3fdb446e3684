// A protocol-level clamd in the test process: it speaks the real INSTREAM
// wire protocol (z/n-prefixed command, 4-byte big-endian chunk lengths, a
// zero-length terminator, one reply line) so the production ClamdScanner is
// exercised for real. It has no signature database: it reports the EICAR
// test string as `Eicar-Test-Signature FOUND` and everything else as OK.
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

export const EICAR_SIGNATURE = 'Eicar-Test-Signature';
const EICAR_MARK = Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE');

export type ClamdMode = 'scan' | 'hang-up' | 'error' | 'silent';

export interface ClamdTestServer {
  url: string;
  /** How the next connections behave: scan (default), hang up, answer an error, or never answer. */
  mode: ClamdMode;
  /** Bytes of every stream received, in order. */
  streams: Buffer[];
  close: () => Promise<void>;
}

/** clamd's own default StreamMaxLength is 25 MB. */
const STREAM_MAX = 25 * 1024 * 1024;

function handle(socket: Socket, server: ClamdTestServer): void {
  let buffer = Buffer.alloc(0);
  let command: { terminator: '\0' | '\n' } | null = null;
  const chunks: Buffer[] = [];
  let total = 0;
  const reply = (line: string): void => {
    socket.end(`${line}${command?.terminator ?? '\0'}`);
  };
  socket.on('error', () => undefined);
  if (server.mode === 'hang-up') {
    socket.destroy();
    return;
  }
  socket.on('data', (data: Buffer) => {
    buffer = Buffer.concat([buffer, data]);
    if (!command) {
      const prefix = buffer[0];
      const terminator = prefix === 0x7a ? 0 : prefix === 0x6e ? 0x0a : -1;
      if (terminator < 0) return reply('UNKNOWN COMMAND');
      const end = buffer.indexOf(terminator);
      if (end < 0) return;
      const name = buffer.toString('latin1', 1, end);
      command = { terminator: terminator === 0 ? '\0' : '\n' };
      if (name === 'PING') return reply('PONG');
      if (name !== 'INSTREAM') return reply('UNKNOWN COMMAND');
      buffer = buffer.subarray(end + 1);
    }
    for (;;) {
      if (buffer.length < 4) return;
      const length = buffer.readUInt32BE(0);
      if (length === 0) {
        const stream = Buffer.concat(chunks);
        server.streams.push(stream);
        if (server.mode === 'silent') return;
        if (server.mode === 'error') return reply('INSTREAM size limit exceeded. ERROR');
        return reply(
          stream.includes(EICAR_MARK) ? `stream: ${EICAR_SIGNATURE} FOUND` : 'stream: OK',
        );
      }
      if (buffer.length < 4 + length) return;
      chunks.push(buffer.subarray(4, 4 + length));
      total += length;
      buffer = buffer.subarray(4 + length);
      if (total > STREAM_MAX) return reply('INSTREAM size limit exceeded. ERROR');
    }
  });
}

export async function startClamdTestServer(): Promise<ClamdTestServer> {
  const sockets = new Set<Socket>();
  const state: ClamdTestServer = {
    url: '',
    mode: 'scan',
    streams: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    handle(socket, state);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
