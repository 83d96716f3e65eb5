import { describe, expect, it } from 'vitest';
import { flag, items, type JsonObject, optNum, percent, strings, tags, text, time, toPlain } from './response-fields';

describe('response readers', () => {
  it('unwraps list wrappers into plain arrays, also when empty or missing', () => {
    const body = toPlain({ Instances: { Instance: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] }, Empty: { X: [] } });
    const o = body as JsonObject;
    expect(items(o, 'Instances', 'Instance').map((i) => text(i, 'InstanceId'))).toEqual(['i-1', 'i-2']);
    expect(items(o, 'Empty', 'X')).toEqual([]);
    expect(items(o, 'Missing', 'X')).toEqual([]);
    expect(strings({ PublicIpAddress: { IpAddress: ['47.1.2.3'] } }, 'PublicIpAddress', 'IpAddress')).toEqual([
      '47.1.2.3',
    ]);
  });

  it('parses numbers the API sends as strings: "38%" progress, "40" sizes, "1" priorities', () => {
    expect(percent({ Progress: '38%' }, 'Progress')).toBe(38);
    expect(percent({ Progress: '100%' }, 'Progress')).toBe(100);
    expect(optNum({ SourceDiskSize: '40' }, 'SourceDiskSize')).toBe(40);
    expect(optNum({ Priority: '1' }, 'Priority')).toBe(1);
    expect(optNum({ Size: '' }, 'Size')).toBeUndefined();
  });

  it('reads booleans sent as true or "true"', () => {
    expect(flag({ A: true, B: 'true', C: 'False', D: false }, 'A')).toBe(true);
    expect(flag({ B: 'true' }, 'B')).toBe(true);
    expect(flag({ C: 'False' }, 'C')).toBe(false);
  });

  it('normalises minute-precision times to seconds and treats "" as absent', () => {
    expect(time({ CreationTime: '2017-12-10T04:04Z' }, 'CreationTime')).toBe('2017-12-10T04:04:00Z');
    expect(time({ CreationTime: '2021-06-07T06:08:54Z' }, 'CreationTime')).toBe('2021-06-07T06:08:54Z');
    expect(time({ AutoReleaseTime: '' }, 'AutoReleaseTime')).toBeUndefined();
  });

  it('reads tags in both spellings (ECS TagKey/TagValue, VPC Key/Value)', () => {
    expect(tags({ Tags: { Tag: [{ TagKey: 'danlu', TagValue: 'managed' }] } })).toEqual([
      { key: 'danlu', value: 'managed' },
    ]);
    expect(tags({ Tags: { Tag: [{ Key: 'danlu', Value: 'managed' }] } })).toEqual([{ key: 'danlu', value: 'managed' }]);
  });

  it('gives null-prototype objects an ordinary prototype and big integers their exact digits', () => {
    const nullProto = Object.assign(Object.create(null) as object, {
      Nested: Object.assign(Object.create(null) as object, { A: 1 }),
      Big: { _isBigNumber: true, toFixed: () => '1234567890123456789' },
    });
    const plain = toPlain(nullProto) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(plain.Nested)).toBe(Object.prototype);
    expect(plain).toStrictEqual({ Nested: { A: 1 }, Big: '1234567890123456789' });
  });
});
