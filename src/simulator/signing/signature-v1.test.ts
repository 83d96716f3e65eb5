import { describe, expect, it } from 'vitest';
import { v1Signature, v1StringToSign } from './signature-v1';

const base = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Version: '2014-05-26',
};

describe('signature v1 (HMAC-SHA1)', () => {
  it('reproduces the documented test vector with the old "TimeStamp" spelling', () => {
    const toSign = v1StringToSign('GET', new Map(Object.entries({ ...base, TimeStamp: '2016-02-23T12:46:24Z' })));
    expect(toSign.startsWith('GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26')).toBe(true);
    expect(v1Signature('testsecret', toSign)).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });

  it('reproduces the documented test vector with "Timestamp"', () => {
    const toSign = v1StringToSign('GET', new Map(Object.entries({ ...base, Timestamp: '2016-02-23T12:46:24Z' })));
    expect(v1Signature('testsecret', toSign)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('sorts by code unit and encodes space as %20 and * as %2A', () => {
    const toSign = v1StringToSign(
      'POST',
      new Map([
        ['Tag.2.Key', 'a b*'],
        ['Tag.10.Key', '~x'],
        ['Signature', 'ignored'],
      ]),
    );
    expect(toSign).toBe('POST&%2F&Tag.10.Key%3D~x%26Tag.2.Key%3Da%2520b%252A');
  });
});
