import { describe, expect, it } from 'vitest';
import { formFromPlan, initialLaunchForm, type LaunchForm, moveType, readLaunchForm } from './launch-form';

const filled: LaunchForm = {
  ...initialLaunchForm,
  regionId: 'us-west-1',
  instanceTypes: ['ecs.gn6i-c4g1.xlarge', 'ecs.gn5-c4g1.xlarge'],
  password: 'correct horse',
  passwordAgain: 'correct horse',
};

describe('the Launch form', () => {
  it('builds the plan sessions.launch expects, the cheapest zone when none is chosen', () => {
    const read = readLaunchForm(filled);
    expect(read).toMatchObject({
      ok: true,
      password: 'correct horse',
      plan: {
        name: 'lab',
        regionId: 'us-west-1',
        zoneId: null,
        instanceTypes: ['ecs.gn6i-c4g1.xlarge', 'ecs.gn5-c4g1.xlarge'],
        spot: { strategy: 'SpotAsPriceGo' },
        disk: { kind: 'new', sizeGiB: 100, category: 'cloud_essd' },
        image: { kind: 'ubuntu', version: '22.04' },
        idleShutdownMinutes: 60,
      },
    });
  });

  it('carries a price limit, an existing disk and a saved image', () => {
    const read = readLaunchForm({
      ...filled,
      zoneId: 'us-west-1b',
      spotStrategy: 'SpotWithPriceLimit',
      priceLimit: '1.5',
      diskKind: 'existing',
      diskId: 'd-abc123',
      imageKind: 'custom',
      imageId: 'm-xyz789',
    });
    expect(read.ok && read.plan).toMatchObject({
      zoneId: 'us-west-1b',
      spot: { strategy: 'SpotWithPriceLimit', priceLimit: 1.5 },
      disk: { kind: 'existing', diskId: 'd-abc123' },
      image: { kind: 'custom', imageId: 'm-xyz789' },
    });
  });

  it('names every field that would be refused', () => {
    const read = readLaunchForm({
      ...initialLaunchForm,
      name: 'My Lab',
      spotStrategy: 'SpotWithPriceLimit',
      priceLimit: '-1',
      diskSize: '10',
      password: 'short',
      idleMinutes: 'soon',
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        name: 'nameFormat',
        region: 'regionMissing',
        types: 'typesMissing',
        priceLimit: 'priceLimit',
        diskSize: 'diskSize',
        password: 'passwordShort',
        idleMinutes: 'idleMinutes',
      },
    });
    for (const typed of ['correct\nhorse', 'correct\thorse', 'correct horse\r', 'correct\u2028horse']) {
      expect(readLaunchForm({ ...filled, password: typed, passwordAgain: typed })).toEqual({
        ok: false,
        errors: { password: 'passwordControl' },
      });
    }
    expect(readLaunchForm({ ...filled, password: 'x'.repeat(129), passwordAgain: 'x'.repeat(129) })).toEqual({
      ok: false,
      errors: { password: 'passwordLong' },
    });
    expect(readLaunchForm({ ...filled, passwordAgain: 'correct horsE' })).toEqual({
      ok: false,
      errors: { passwordAgain: 'passwordMismatch' },
    });
    expect(readLaunchForm({ ...filled, diskKind: 'snapshot' })).toEqual({
      ok: false,
      errors: { snapshotId: 'snapshotMissing' },
    });
  });

  it('fills in the last plan without its password', () => {
    const read = readLaunchForm({ ...filled, spotStrategy: 'SpotWithPriceLimit', priceLimit: '2', diskSize: '60' });
    if (!read.ok) throw new Error('expected a plan');
    const again = formFromPlan(read.plan);
    expect(again).toMatchObject({ regionId: 'us-west-1', priceLimit: '2', diskSize: '60', password: '' });
    expect(readLaunchForm({ ...again, password: 'correct horse', passwordAgain: 'correct horse' })).toEqual(read);
  });

  it('reorders the preferred types', () => {
    expect(moveType(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveType(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
  });

  it('reads numbers typed with a Chinese input method (full width)', () => {
    const read = readLaunchForm({
      ...filled,
      diskSize: '１００',
      idleMinutes: '　３０　',
      spotStrategy: 'SpotWithPriceLimit',
      priceLimit: '￥１．５',
    });
    expect(read).toMatchObject({
      ok: true,
      plan: { disk: { sizeGiB: 100 }, idleShutdownMinutes: 30, spot: { priceLimit: 1.5 } },
    });
    expect(readLaunchForm({ ...filled, diskSize: '１００．５' })).toMatchObject({
      ok: false,
      errors: { diskSize: 'diskSize' },
    });
  });
});
