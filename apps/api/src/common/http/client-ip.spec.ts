import { describeNetwork, normaliseAddress, parseTrustedProxies, resolveClientIp } from './client-ip';

describe('client IP', () => {
  const loopback = parseTrustedProxies('127.0.0.0/8,::1');
  const lb = parseTrustedProxies('10.0.0.0/8, 2001:db8:ffff::/48, 127.0.0.1');

  describe('normaliseAddress', () => {
    it('should canonicalise IPv4, IPv6, mapped IPv6 and ports', () => {
      expect(normaliseAddress(' 203.0.113.9 ')).toBe('203.0.113.9');
      expect(normaliseAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
      expect(normaliseAddress('203.0.113.9:5123')).toBe('203.0.113.9');
      expect(normaliseAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
      expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1');
    });

    it('should refuse garbage', () => {
      for (const bad of ['', 'unknown', '1.2.3', '999.1.1.1', '<script>', 'a'.repeat(100), '1.2.3.4/8']) {
        expect(normaliseAddress(bad)).toBeNull();
      }
    });
  });

  describe('parseTrustedProxies', () => {
    it('should match CIDRs and single addresses of both families', () => {
      expect(lb.has('10.20.30.40')).toBe(true);
      expect(lb.has('::ffff:10.1.1.1')).toBe(true);
      expect(lb.has('2001:db8:ffff:1::5')).toBe(true);
      expect(lb.has('2001:db8:fffe::5')).toBe(false);
      expect(lb.has('127.0.0.2')).toBe(false);
      expect(lb.has('nonsense')).toBe(false);
    });

    it('should reject a bad entry', () => {
      expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
      expect(() => parseTrustedProxies('proxy.internal')).toThrow(/not an IP/);
    });
  });

  describe('resolveClientIp', () => {
    it('should ignore X-Forwarded-For entirely when the peer is not trusted', () => {
      expect(resolveClientIp('198.51.100.7', '1.1.1.1', loopback)).toBe('198.51.100.7');
    });

    it('should take the rightmost untrusted address when the peer is trusted', () => {
      expect(resolveClientIp('127.0.0.1', '6.6.6.6, 203.0.113.9', loopback)).toBe('203.0.113.9');
      expect(resolveClientIp('10.0.0.5', '6.6.6.6, 203.0.113.9, 10.0.0.9', lb)).toBe('203.0.113.9');
      expect(resolveClientIp('::ffff:127.0.0.1', ['6.6.6.6', '203.0.113.9'], loopback)).toBe('203.0.113.9');
    });

    it('should handle IPv6 clients and peers', () => {
      expect(resolveClientIp('::1', '2001:db8::abcd', loopback)).toBe('2001:db8::abcd');
      expect(resolveClientIp('2001:db8:ffff::1', '[2001:db8:1::2]:999', lb)).toBe('2001:db8:1::2');
    });

    it('should stop at garbage and keep the last trusted address', () => {
      expect(resolveClientIp('127.0.0.1', 'evil, not-an-ip', loopback)).toBe('127.0.0.1');
      expect(resolveClientIp('10.0.0.5', '203.0.113.9, garbage, 10.0.0.7', lb)).toBe('10.0.0.7');
    });

    it('should use the peer without a header and say unknown without a peer', () => {
      expect(resolveClientIp('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
      expect(resolveClientIp(undefined, '1.1.1.1', loopback)).toBe('unknown');
    });
  });

  describe('describeNetwork', () => {
    it('should mask public addresses and name private ones', () => {
      expect(describeNetwork('203.0.113.77')).toBe('203.0.113.x');
      expect(describeNetwork('192.168.1.2')).toBe('Private network');
      expect(describeNetwork('127.0.0.1')).toBe('This computer (loopback)');
      expect(describeNetwork('2001:db8:1:2::5')).toBe('2001:db8:1:…');
      expect(describeNetwork(null)).toBe('Unknown network');
    });
  });
});
