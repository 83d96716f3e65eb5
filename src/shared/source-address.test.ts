import { describe, expect, it } from 'vitest';
import { checkSourceCidr, distinctAddressServices, isPublicIpv4, isWorldOpen } from './source-address';

describe('source address', () => {
  it('takes a public address or range and brings it to the network address', () => {
    expect(checkSourceCidr('198.51.100.7')).toEqual({ ok: true, cidr: '198.51.100.7/32' });
    expect(checkSourceCidr(' 198.51.100.77/24 ')).toEqual({ ok: true, cidr: '198.51.100.0/24' });
    expect(checkSourceCidr('8.8.0.0/16')).toEqual({ ok: true, cidr: '8.8.0.0/16' });
  });

  it('reads an address typed with a Chinese input method: full-width digits, dots and slash', () => {
    expect(checkSourceCidr('２０３．０．１１３．５')).toEqual({ ok: true, cidr: '203.0.113.5/32' });
    expect(checkSourceCidr('　２０３．０．１１３．７７／２４　')).toEqual({ ok: true, cidr: '203.0.113.0/24' });
    // Its punctuation mode gives 。 for the dot.
    expect(checkSourceCidr('203。0。113。5 / 24')).toEqual({ ok: true, cidr: '203.0.113.0/24' });
    // A space inside the address is no dot.
    expect(checkSourceCidr('203.0.11 3.5').ok).toBe(false);
  });

  it('refuses the whole internet, anything wider than /16, private ranges and non-addresses, saying why in both languages', () => {
    for (const text of ['0.0.0.0/0', '8.0.0.0/8', '1.2.3.4/15']) {
      const check = checkSourceCidr(text);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.en).toMatch(/too wide/);
      if (!check.ok) expect(check.zh).toMatch(/范围过大/);
    }
    for (const text of ['10.1.2.3', '192.168.1.0/24', '127.0.0.1', '100.64.1.1']) {
      const check = checkSourceCidr(text);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.en).toMatch(/private or reserved/);
    }
    for (const text of ['', 'example.com', '1.2.3', '1.2.3.4/33', '1.2.3.256', '01.2.3.4', '::1', '1.2.3.4/24/1']) {
      expect(checkSourceCidr(text).ok).toBe(false);
    }
  });

  it('knows public addresses and world-open rules', () => {
    expect(isPublicIpv4('203.0.113.10')).toBe(true);
    expect(isPublicIpv4('172.31.0.1')).toBe(false);
    expect(isPublicIpv4('172.32.0.1')).toBe(true);
    expect(isPublicIpv4('240.0.0.1')).toBe(false);
    expect(isWorldOpen('0.0.0.0/0')).toBe(true);
    expect(isWorldOpen('::/0')).toBe(true);
    expect(isWorldOpen('198.51.100.7/32')).toBe(false);
    // Prefix 0 is everyone whatever address comes before it; the unspecified address alone too.
    expect(isWorldOpen('198.51.100.7/0')).toBe(true);
    expect(isWorldOpen('2001:db8::/0')).toBe(true);
    expect(isWorldOpen('0.0.0.0')).toBe(true);
    expect(isWorldOpen('::')).toBe(true);
    expect(isWorldOpen('2001:db8::/32')).toBe(false);
    expect(isWorldOpen('')).toBe(false);
    expect(isWorldOpen(undefined)).toBe(false);
  });
});

describe('address services', () => {
  it('are one service whatever the spelling: a trailing slash, case, the default port', () => {
    expect(
      distinctAddressServices([
        'https://api.ipify.org',
        'https://api.ipify.org/',
        'https://API.ipify.org:443',
        'https://ipv4.icanhazip.com/',
        'https://api.ipify.org/?format=text',
      ]),
    ).toEqual(['https://api.ipify.org', 'https://ipv4.icanhazip.com/', 'https://api.ipify.org/?format=text']);
  });
});
