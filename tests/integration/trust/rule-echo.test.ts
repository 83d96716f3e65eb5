import { describe, expect, it } from 'vitest';
import { sameRange } from '../../../src/shared/address-range';
import { EGRESS, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const startSim = simPerTest();

/** The ingress rules of a group as the cloud holds them: "id port source". */
async function rulesOf(sim: SimApi, securityGroupId: string) {
  const permissions = await sim.api.describeAllSecurityGroupPermissions({
    regionId: 'us-west-1',
    securityGroupId,
    direction: 'ingress',
  });
  return permissions.map((p) => `${p.securityGroupRuleId} ${p.portRange} ${p.sourceCidrIp}`).sort();
}

describe('rules the cloud echoes in another spelling', () => {
  it.each(['bare', 'mixed'] as const)(
    'echoed %s: a launch taken up again keeps SSH and the notebook open to the user, rules untouched',
    async (echo) => {
      // New resources are listed at once here: this is about how rules are read back.
      const sim = await startSim(23);
      const h = launchHarness(sim);
      // New resources listed at once and nothing reclaimed: this is about how rules are read back.
      sim.sim.unkind.update({ listingLagMs: [0, 0], spotCapacityReclaimsPerHour: 0, ruleAddressEcho: echo });
      let crashed = false;
      const onChange = h.deps.onChange;
      h.deps.onChange = (view) => {
        onChange(view);
        if (!crashed && view.steps.some((x) => x.id === 'securityGroup' && x.state === 'done')) {
          crashed = true;
          // The app dies once the session's rules are set: the launch is taken up from the journal.
          void h.manager.dispose();
        }
      };
      const session = await h.manager.launch(plan());
      await h.manager.settled(session.id);
      expect(crashed).toBe(true);
      const groupId = h.journal.get(session.id)?.resources.securityGroupId as string;
      const before = await rulesOf(sim, groupId);
      expect(before).toHaveLength(2);
      if (echo === 'bare') expect(before.every((r) => r.endsWith(` ${EGRESS}`))).toBe(true);
      sim.sim.clearRequests();

      const after = h.restart();
      after.resume();
      const ready = await untilPhase(sim, after, session.id, ['ready', 'failed']);
      expect(ready.error).toBeUndefined();
      expect(ready.phase).toBe('ready');
      // The echo is the same rule: nothing authorized again, nothing revoked as stale.
      expect(await rulesOf(sim, groupId)).toEqual(before);
      const changes = sim.sim.requests().filter((r) => /^(Authorize|Revoke)SecurityGroup$/.test(r.action));
      expect(changes).toEqual([]);
      const ssh = (
        await sim.api.describeAllSecurityGroupPermissions({ regionId: 'us-west-1', securityGroupId: groupId })
      )
        .filter((p) => p.portRange === '22/22')
        .map((p) => p.sourceCidrIp);
      expect(ssh.some((source) => sameRange(source, `${EGRESS}/32`))).toBe(true);
      await after.dispose();
    },
  );
});
