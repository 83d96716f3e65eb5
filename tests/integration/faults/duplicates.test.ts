import { describe, expect, it } from 'vitest';
import { countDuplicates } from '../../../scripts/faults/duplicates';

const made = (...kinds: string[]) => kinds.map((kind) => ({ kind, tags: {} }));

describe('counting what a launch made twice', () => {
  it('counts nothing for one launch, nor for a failover to the next zone', () => {
    expect(countDuplicates(made('keyPair', 'vpc', 'securityGroup', 'vSwitch', 'disk', 'instance'), ['a'], 1)).toEqual(
      {},
    );
    // Sold out in a after the instance was accepted: a second vSwitch, disk and instance in b.
    expect(
      countDuplicates(
        made('keyPair', 'vpc', 'securityGroup', 'vSwitch', 'disk', 'instance', 'vSwitch', 'disk', 'instance'),
        ['a', 'b'],
        2,
      ),
    ).toEqual({});
  });

  it('counts every kind made more often than the course of the launch explains', () => {
    expect(
      countDuplicates(
        made('keyPair', 'vpc', 'vpc', 'securityGroup', 'vSwitch', 'disk', 'disk', 'instance', 'instance'),
        ['a'],
        1,
      ),
    ).toEqual({ vpc: 1, disk: 1, instance: 1 });
    expect(countDuplicates(made('keyPair', 'keyPair', 'snapshot'), [], 0)).toEqual({ keyPair: 1, snapshot: 1 });
  });
});
