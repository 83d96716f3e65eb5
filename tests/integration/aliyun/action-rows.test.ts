import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, type ActionName, RAM_GRANTS } from '../../../src/main/aliyun';
import { responseShapesFor, shapeProblems } from '../../../src/main/cloud-check/response-shapes';
import { ramPolicyFor, ramPolicyStrictFor } from '../../../src/main/credentials/ram-policy';
import { listActions } from '../../../src/simulator/actions/registry';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi, waitUntil } from './sim-api';

const REGION = 'us-west-1';
const NAMES = Object.keys(ACTIONS) as ActionName[];
const granted = (policy: { Statement: { Action: string[] }[] }) => policy.Statement.flatMap((s) => s.Action);
const ram = (name: ActionName) => `${ACTIONS[name].product}:${name}`;

let s: SimApi | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('one row per cloud action: the RAM policies and the smoke check are derived from it', () => {
  it('grants every row once in the policy, and in the stricter one unless the row withholds it', () => {
    const policy = granted(ramPolicyFor(ACTIONS));
    const strict = granted(ramPolicyStrictFor(ACTIONS));
    for (const name of NAMES) {
      expect(
        policy.filter((a) => a === ram(name)),
        name,
      ).toHaveLength(1);
      expect(
        strict.filter((a) => a === ram(name)),
        name,
      ).toHaveLength(ACTIONS[name].ram === 'withheld' ? 0 : 1);
    }
    expect(policy).toHaveLength(NAMES.length);
  });

  it('checks every answer against the shape its row states', () => {
    const shapes = responseShapesFor(ACTIONS);
    expect(Object.keys(shapes).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) {
      // Every answer carries its RequestId; an answer without it does not fit any row.
      expect(shapeProblems(name, {}), name).not.toEqual([]);
    }
    expect(shapeProblems('CreateDisk', { RequestId: 'r-1', DiskId: 'd-1' })).toEqual([]);
    expect(shapeProblems('CreateDisk', { RequestId: 'r-1', DiskID: 'd-1' })).toEqual([
      'DiskId: Invalid input: expected string, received undefined',
    ]);
  });

  it('refuses a row that lacks its RAM grant or its answer shape, naming the row', () => {
    const { reads: _reads, ...withoutShape } = ACTIONS.DescribeZones;
    const { ram: _ram, ...withoutGrant } = ACTIONS.CreateVpc;
    expect(() => responseShapesFor({ ...ACTIONS, DescribeZones: withoutShape } as never)).toThrow(/DescribeZones/);
    expect(() => ramPolicyFor({ ...ACTIONS, CreateVpc: withoutGrant } as never)).toThrow(/CreateVpc/);
    expect(() => ramPolicyStrictFor({ ...ACTIONS, CreateVpc: { ...withoutGrant, ram: 'admin' } } as never)).toThrow(
      /CreateVpc/,
    );
  });

  it('grants as a read exactly the Describe…, List… and Get… actions (the smoke check sends nothing else without DryRun)', () => {
    for (const name of NAMES) {
      expect(ACTIONS[name].ram === 'read', name).toBe(/^(Describe|List|Get)/.test(name));
      expect(RAM_GRANTS).toContain(ACTIONS[name].ram);
    }
  });

  it('has each row answered by the simulator', () => {
    const simulated = new Set(listActions().map((a) => `${a.product}:${a.name}`));
    expect(NAMES.filter((name) => !simulated.has(ram(name)))).toEqual([]);
  });

  it("fits the simulator's answers through a whole session: launch, stop, image, start, release", async () => {
    const problems: string[] = [];
    const answered = new Set<string>();
    s = await startSimApi(
      { seed: 11, assumptions: { spotStockOutageRate: 0 } },
      {
        onResponse: (action, body) => {
          answered.add(action);
          problems.push(...shapeProblems(action, body).map((p) => `${action} ${p}`));
        },
      },
    );
    const h = launchHarness(s);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    await h.manager.stop(session.id);
    const { imageId } = await s.api.createImage({
      regionId: REGION,
      instanceId: ready.resources.instanceId,
      imageName: 'danlu-rows-check',
      clientToken: 'rows-check-image',
    });
    await waitUntil(
      s.sim.clock,
      () => s?.api.describeImages({ regionId: REGION, imageId, status: ['Available', 'Creating'] }) ?? Promise.reject(),
      (page) => page.images[0]?.status === 'Available',
    );
    await h.manager.start(session.id);
    await h.manager.release(session.id, { snapshot: true, keepDisk: false });
    await s.api.deleteImage({ regionId: REGION, imageId });

    expect(problems).toEqual([]);
    // The answers checked cover every kind of row: reads, creates and changes.
    for (const name of [
      'DescribeInstances',
      'CreateVpc',
      'ImportKeyPair',
      'RunInstances',
      'CreateImage',
      'CreateSnapshot',
    ]) {
      expect([...answered], name).toContain(name);
    }
    for (const name of ['AuthorizeSecurityGroup', 'StopInstance', 'StartInstance', 'DeleteInstance', 'DeleteVpc']) {
      expect([...answered], name).toContain(name);
    }
  });
});
