import { randomBytes } from 'node:crypto';

import { startClamdTestServer } from '../../../../test/integration/setup/clamd-test-server';
import type { ClamdTestServer } from '../../../../test/integration/setup/clamd-test-server';
import { EICAR } from '../../../../test/integration/files/fixtures';
import { ClamdScanner, parseClamdReply } from './clamd-scanner';
import { NoopScanner } from './malware-scanner';

describe(ClamdScanner.name, () => {
  let clamd: ClamdTestServer;

  beforeAll(async () => {
    clamd = await startClamdTestServer();
  });

  afterAll(async () => {
    await clamd.close();
  });

  beforeEach(() => {
    clamd.mode = 'scan';
    clamd.streams.length = 0;
  });

  describe('scan', () => {
    it('should report a clean file as clean', async () => {
      const scanner = new ClamdScanner({ url: clamd.url });
      await expect(scanner.scan(Buffer.from('quarterly figures'))).resolves.toEqual({
        clean: true,
      });
    });

    it('should report the EICAR test file with its signature name', async () => {
      const scanner = new ClamdScanner({ url: clamd.url });
      await expect(scanner.scan(Buffer.from(EICAR))).resolves.toEqual({
        clean: false,
        signature: 'Eicar-Test-Signature',
      });
    });

    it('should send a large file in length-prefixed chunks that clamd reassembles exactly', async () => {
      const data = randomBytes(300 * 1024 + 17);
      await new ClamdScanner({ url: clamd.url }).scan(data);
      expect(clamd.streams[0].equals(data)).toBe(true);
    });

    it('should reject when clamd answers an error, hangs up, stays silent or is not there', async () => {
      clamd.mode = 'error';
      await expect(new ClamdScanner({ url: clamd.url }).scan(Buffer.from('x'))).rejects.toThrow(
        /ERROR/,
      );
      clamd.mode = 'hang-up';
      await expect(new ClamdScanner({ url: clamd.url }).scan(Buffer.from('x'))).rejects.toThrow();
      clamd.mode = 'silent';
      await expect(
        new ClamdScanner({ url: clamd.url, timeoutMs: 200 }).scan(Buffer.from('x')),
      ).rejects.toThrow(/timed out/);
      await expect(
        new ClamdScanner({ url: 'tcp://127.0.0.1:1' }).scan(Buffer.from('x')),
      ).rejects.toThrow();
    });
  });

  describe('parseClamdReply', () => {
    it('should read OK, FOUND and errors', () => {
      expect(parseClamdReply('stream: OK\0')).toEqual({ clean: true });
      expect(parseClamdReply('stream: Win.Test.EICAR_HDB-1 FOUND\0')).toEqual({
        clean: false,
        signature: 'Win.Test.EICAR_HDB-1',
      });
      expect(() => parseClamdReply('INSTREAM size limit exceeded. ERROR\0')).toThrow(/size limit/);
      expect(() => parseClamdReply('')).toThrow();
    });
  });
});

describe(NoopScanner.name, () => {
  it('should pass everything and say it does not scan', async () => {
    const scanner = new NoopScanner();
    expect(scanner.scans).toBe(false);
    await expect(scanner.scan()).resolves.toEqual({ clean: true });
  });
});
