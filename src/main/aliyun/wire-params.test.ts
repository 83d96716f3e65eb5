import { describe, expect, it } from 'vitest';
import { commaList, jsonArray, toWireParams } from './wire-params';

describe('toWireParams', () => {
  it('drops undefined and null instead of sending the strings "undefined" and "null"', () => {
    expect(toWireParams({ ZoneId: undefined, VSwitchId: null, InstanceType: 'ecs.gn6i-c4g1.xlarge' })).toEqual({
      InstanceType: 'ecs.gn6i-c4g1.xlarge',
    });
  });

  it('turns arrays of strings into a 1-based RepeatList', () => {
    expect(toWireParams({ SecurityGroupIds: ['sg-1', 'sg-2'] })).toEqual({
      'SecurityGroupIds.1': 'sg-1',
      'SecurityGroupIds.2': 'sg-2',
    });
  });

  it('turns arrays of objects into Name.N.Field, keeping numbering contiguous when items are missing', () => {
    expect(
      toWireParams({
        DataDisk: [{ Size: 100, Category: 'cloud_essd', DeleteWithInstance: false, SnapshotId: undefined }, undefined],
        Tag: [null, { Key: 'danlu', Value: 'managed' }],
      }),
    ).toEqual({
      'DataDisk.1.Size': '100',
      'DataDisk.1.Category': 'cloud_essd',
      'DataDisk.1.DeleteWithInstance': 'false',
      'Tag.1.Key': 'danlu',
      'Tag.1.Value': 'managed',
    });
  });

  it('turns plain objects into dotted names instead of "[object Object]"', () => {
    const wire = toWireParams({ SystemDisk: { Category: 'cloud_essd', Size: 60, PerformanceLevel: undefined } });
    expect(wire).toEqual({ 'SystemDisk.Category': 'cloud_essd', 'SystemDisk.Size': '60' });
    expect(Object.values(wire).join()).not.toContain('[object Object]');
  });

  it('flattens lists inside list items (TagFilter.N.TagValues.M)', () => {
    expect(toWireParams({ TagFilter: [{ TagKey: 'danlu', TagValues: ['managed', 'other'] }] })).toEqual({
      'TagFilter.1.TagKey': 'danlu',
      'TagFilter.1.TagValues.1': 'managed',
      'TagFilter.1.TagValues.2': 'other',
    });
  });

  it('writes booleans and numbers the way the API reads them, and only strings reach pop-core', () => {
    const wire = toWireParams({ DryRun: true, Amount: 1, SpotPriceLimit: 1.224, Force: false });
    expect(wire).toEqual({ DryRun: 'true', Amount: '1', SpotPriceLimit: '1.224', Force: 'false' });
    for (const v of Object.values(wire)) expect(typeof v).toBe('string');
  });

  it('refuses NaN and Infinity rather than sending them', () => {
    expect(() => toWireParams({ SpotPriceLimit: Number.NaN })).toThrow(/SpotPriceLimit/);
  });

  it('sends an empty list as nothing', () => {
    expect(toWireParams({ InstanceId: [] })).toEqual({});
  });
});

describe('JSON-array and comma-separated parameters', () => {
  it('encodes the documented JSON-array parameters as a JSON string, keeping [] as "match nothing"', () => {
    expect(jsonArray(['i-1', 'i-2'])).toBe('["i-1","i-2"]');
    expect(jsonArray([])).toBe('[]');
    expect(jsonArray(undefined)).toBeUndefined();
    expect(toWireParams({ InstanceIds: jsonArray(['i-1']) })).toEqual({ InstanceIds: '["i-1"]' });
  });

  it('joins comma-separated parameters and omits an empty list', () => {
    expect(commaList(['vpc-1', 'vpc-2'])).toBe('vpc-1,vpc-2');
    expect(commaList([])).toBeUndefined();
  });
});
