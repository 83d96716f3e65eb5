import { describe, expect, it } from 'vitest';
import { rangesOverlap, sameRange } from './address-range';

describe('rule sources compared as addresses', () => {
  it('takes a single address and its /32 for the same rule, whichever the cloud echoes', () => {
    expect(sameRange('198.51.100.7', '198.51.100.7/32')).toBe(true);
    expect(sameRange('198.51.100.7/32', '198.51.100.7')).toBe(true);
    expect(sameRange(' 198.51.100.7/32 ', '198.51.100.7/32')).toBe(true);
    expect(sameRange('198.51.100.7', '198.51.100.8')).toBe(false);
    expect(sameRange('198.51.100.7/31', '198.51.100.7/32')).toBe(false);
  });

  it('compares ranges as the addresses they hold, whatever address they are written from', () => {
    expect(sameRange('198.51.100.77/24', '198.51.100.0/24')).toBe(true);
    expect(sameRange('198.51.100.0/24', '198.51.101.0/24')).toBe(false);
    expect(sameRange('0.0.0.0/0', '203.0.113.9/0')).toBe(true);
  });

  it('reads IPv6 in every spelling, compressed or not, with an IPv4 tail, in either case', () => {
    expect(sameRange('2001:db8::7', '2001:0DB8:0:0:0:0:0:7/128')).toBe(true);
    expect(sameRange('2001:db8::/32', '2001:db8:ffff::1/32')).toBe(true);
    expect(sameRange('::ffff:198.51.100.7', '0:0:0:0:0:ffff:c633:6407')).toBe(true);
    expect(sameRange('::', '0::0/128')).toBe(true);
    expect(sameRange('2001:db8::1', '2001:db8::2')).toBe(false);
    // Families never mix: the cloud keeps IPv4 and IPv6 sources in different fields.
    expect(sameRange('::ffff:198.51.100.7', '198.51.100.7')).toBe(false);
  });

  it('refuses leading zeros, out-of-range parts and malformed text: such a text equals only itself', () => {
    expect(sameRange('198.051.100.7', '198.51.100.7')).toBe(false);
    expect(sameRange('198.51.100.7/032', '198.51.100.7/32')).toBe(false);
    expect(sameRange('198.51.100.256', '198.51.100.0')).toBe(false);
    expect(sameRange('198.51.100.7/33', '198.51.100.7')).toBe(false);
    expect(sameRange('2001:db8::1/129', '2001:db8::1')).toBe(false);
    expect(sameRange('1:::2', '1::2')).toBe(false);
    expect(sameRange('1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8')).toBe(false);
    expect(sameRange('fe80::1%eth0', 'fe80::1')).toBe(false);
    expect(sameRange('not an address', 'not an address')).toBe(true);
    expect(sameRange('', '')).toBe(false);
    expect(sameRange(undefined, '198.51.100.7')).toBe(false);
  });
});

describe('ranges that share addresses', () => {
  it('overlap when one holds the other, in either order', () => {
    expect(rangesOverlap('172.16.0.0/16', '172.16.3.0/24')).toBe(true);
    expect(rangesOverlap('172.16.3.0/24', '172.16.0.0/16')).toBe(true);
    expect(rangesOverlap('172.16.3.0/24', '172.16.3.128/25')).toBe(true);
    expect(rangesOverlap('172.16.3.0/24', '172.16.4.0/24')).toBe(false);
    expect(rangesOverlap('2001:db8::/32', '2001:db8:1::/48')).toBe(true);
    expect(rangesOverlap('172.16.3.0/24', '::/0')).toBe(false);
    expect(rangesOverlap('nonsense', 'nonsense')).toBe(false);
  });
});
