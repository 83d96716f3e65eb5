import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { billingUnknown } from '../../../scripts/faults/guarantees';
import { launchHarnessOn, plan, UNKIND_FOR_SESSIONS, untilPhase } from '../../support/launch-harness';
import { simPerTest, withAction } from '../../support/sim-per-test';

const startSim = simPerTest();

it('a disk made just before the process died bills in its session once the launch is taken up again', async () => {
  const sim = await startSim(71, { speed: 60, unkind: { ...UNKIND_FOR_SESSIONS, spotCapacityReclaimsPerHour: 0 } });
  let made: string | undefined;
  let crash: (() => void) | undefined;
  // The cloud made the disk and the journal knows it; the process dies while it waits for Available.
  const dying = withAction(sim.api, 'describeDisks', (real) => async (input, options) => {
    if (made && input.diskIds?.includes(made)) {
      crash?.();
      throw new Error('the process died');
    }
    return real(input, options);
  });
  const watched = withAction(dying, 'createDisk', (real) => async (input, options) => {
    const answer = await real(input, options);
    made = answer.diskId;
    return answer;
  });
  const h = launchHarnessOn({ api: watched, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-disk-bill-')));
  crash = () => void h.manager.dispose();
  const session = await h.manager.launch(plan());
  await h.manager.settled(session.id);
  expect(h.journal.get(session.id)?.resources.diskId).toBe(made);
  expect(h.journal.get(session.id)?.billing?.disks.some((d) => d.diskId === made)).toBeFalsy();

  const after = h.restart({ api: sim.api });
  expect(after.resume()).toEqual([session.id]);
  const ready = await untilPhase(sim, after, session.id, ['ready', 'failed']);
  expect(ready.phase).toBe('ready');
  expect(ready.resources.diskId).toBe(made);
  // Every disk and instance the cloud bills is one a session shows billing.
  expect(billingUnknown(sim.sim, after.records())).toEqual([]);
  await after.release(session.id, { snapshot: false, keepDisk: false });
  await after.dispose();
});
