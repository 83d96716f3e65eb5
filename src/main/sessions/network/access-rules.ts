import { sameRange } from '../../../shared/address-range';
import { AppError } from '../../../shared/errors';
import { isWorldOpen } from '../../../shared/source-address';
import { msg } from '../../../shared/words/message';
import {
  clientTokenFor,
  DANLU_TAG_KEY,
  DANLU_TAG_VALUE,
  type IngressRule,
  SESSION_TAG_KEY,
  type SecurityGroupPermission,
  sessionTag,
  withDanluTags,
} from '../../aliyun';
import { madeNow, readSettled, settledOwnership } from '../not-yet';
import { isDanlus, notDanlus, requireDanlus, VERBS } from '../reconcile/ownership';
import type { AddressMove } from '../session-deps';
import type { Say, StepScope } from '../step-scope';
import type { SourceAddress } from './address-lookup';
import { deleteWhenFree, NetworkBusyError } from './busy-retry';

/**
 * Each session has a security group of its own holding Danlu's two rules — SSH and the HTTPS
 * notebook, from the user's address — so the rules live and die with the session: replaced when
 * the user's address changes (rules the user added stay), deleted with the group at release and
 * on rollback. No rule ever
 * opens anything to the whole internet; one found on any Danlu group is removed.
 */
const PORTS = [
  { portRange: '22/22', description: 'danlu ssh' },
  { portRange: '8888/8888', description: 'danlu notebook (https)' },
];

function wanted(cidr: string): IngressRule[] {
  return PORTS.map((p) => ({
    ipProtocol: 'TCP',
    portRange: p.portRange,
    sourceCidrIp: cidr,
    description: p.description,
  }));
}

/**
 * True when the cloud's permission is the wanted rule: same port and protocol, and the same
 * addresses however the cloud spells them (it may echo `x/32` as a bare `x`). Comparing text
 * would take an echoed rule for a stale one and revoke the user's own access.
 */
function isRule(p: SecurityGroupPermission, r: IngressRule): boolean {
  return (
    p.portRange === r.portRange &&
    /^tcp$/i.test(p.ipProtocol) &&
    sameRange(p.sourceCidrIp || p.ipv6SourceCidrIp, r.sourceCidrIp || r.ipv6SourceCidrIp)
  );
}

/**
 * Danlu's own rule: one of its two ports, over TCP, carrying its description or opening to the
 * address the session was last opened to. A rule the user added to the group is none of these,
 * and a change of address leaves it alone.
 */
function isDanlusRule(p: SecurityGroupPermission, previous: string | undefined): boolean {
  return PORTS.some(
    (port) =>
      p.portRange === port.portRange &&
      /^tcp$/i.test(p.ipProtocol) &&
      (p.description === port.description ||
        (previous !== undefined && sameRange(p.sourceCidrIp || p.ipv6SourceCidrIp, previous))),
  );
}

/** The session's own group in Danlu's VPC: found by the session's tag (a resumed launch) or created. */
export async function ensureSessionGroup(scope: StepScope, vpcId: string, cidr: string): Promise<string> {
  const region = scope.region;
  const { signal } = scope;
  const mine = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }, sessionTag(scope.sessionId)];
  let groupId = (await scope.api.describeAllSecurityGroups({ regionId: region, vpcId, tags: mine }, { signal })).find(
    (g) => isDanlus(g.tags) && g.tags.some((t) => t.key === SESSION_TAG_KEY && t.value === scope.sessionId),
  )?.securityGroupId;
  if (!groupId) {
    const clientToken = scope.token(`sg:${vpcId}`, () => clientTokenFor(scope.sessionId, 'sg', vpcId));
    groupId = (
      await scope.api.createSecurityGroup(
        {
          regionId: region,
          vpcId,
          securityGroupName: `danlu-${scope.record.name}`,
          description: 'Danlu: SSH and the notebook of one session, open only to your address',
          clientToken,
          tags: withDanluTags([sessionTag(scope.sessionId), { key: 'danlu:name', value: scope.record.name }]),
        },
        { signal },
      )
    ).securityGroupId;
    madeNow(scope, groupId);
  }
  const id = groupId;
  scope.update((s) => {
    s.resources.securityGroupId = id;
  });
  // Found by Danlu's tags or just made: read from the cloud a moment ago, no need to read it again.
  await setSessionRules(scope, id, cidr, { owned: true });
  await closeWorldOpenRules(scope);
  scope.detail('securityGroup', msg('access.sessionGroup', { securityGroupId: id, cidr }));
  return id;
}

/**
 * Makes the group open SSH and 8888 to `cidr`: the new rules first, then Danlu's other rules
 * revoked (an older address), and any rule open to the whole internet whoever made it.
 */
async function setSessionRules(
  scope: StepScope,
  securityGroupId: string,
  cidr: string,
  known: { owned?: boolean } = {},
): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  if (!known.owned && !(await requireDanlus(scope.api, 'securityGroup', region, securityGroupId, VERBS.revoke, signal)))
    return;
  const rules = wanted(cidr);
  // A group made a moment ago may not be known to DescribeSecurityGroupAttribute yet: "not yet".
  const current = await readSettled(
    scope,
    securityGroupId,
    (api) =>
      api.describeAllSecurityGroupPermissions({ regionId: region, securityGroupId, direction: 'ingress' }, { signal }),
    () => true,
  );
  const missing = rules.filter((r) => !current.some((p) => isRule(p, r)));
  if (missing.length > 0) {
    await scope.api.authorizeSecurityGroup({ regionId: region, securityGroupId, rules: missing }, { signal });
  }
  const previous = scope.record.sourceCidr;
  const stale = current.filter(
    (p) =>
      !rules.some((r) => isRule(p, r)) &&
      (isDanlusRule(p, previous) || isWorldOpen(p.sourceCidrIp) || isWorldOpen(p.ipv6SourceCidrIp)),
  );
  if (stale.length > 0) {
    await scope.api.revokeSecurityGroup(
      { regionId: region, securityGroupId, ruleIds: stale.map((p) => p.securityGroupRuleId) },
      { signal },
    );
    scope.log(
      msg('access.revoked', {
        rules: stale.map((p) => `${p.portRange} ← ${p.sourceCidrIp || p.ipv6SourceCidrIp}`).join(', '),
      }),
    );
  }
  scope.update((s) => {
    s.sourceCidr = cidr;
  });
}

/**
 * Learns the user's address again (after a restart or a move to another network; `known`: just
 * learned for several sessions at once) and, when it changed, replaces the session's rules
 * before anything connects. Returns the move, or undefined when the address is the same.
 */
export async function refreshAccess(scope: StepScope, known?: SourceAddress): Promise<AddressMove | undefined> {
  const groupId = scope.record.resources.securityGroupId;
  if (!groupId) return undefined;
  const source = known ?? (await scope.deps.address(scope.signal));
  const from = scope.record.sourceCidr;
  if (sameRange(source.cidr, from)) return undefined;
  scope.log(msg('access.moved', { from: from ?? '—', to: source.cidr }));
  await setSessionRules(scope, groupId, source.cidr);
  return { from: from ?? '—', to: source.cidr };
}

/**
 * `refreshAccess` for a session that is up, outside any operation (the user may stop or release
 * meanwhile, and rules are idempotent): a failure is logged on the session, never thrown.
 */
export async function followAddress(scope: StepScope, known?: SourceAddress): Promise<AddressMove | undefined> {
  return refreshAccess(scope, known).catch((error: unknown) => {
    const reason = error instanceof AppError ? error.text : { msg: msg('access.noAnswer') };
    scope.log(msg('access.notChecked', { reason }));
    return undefined;
  });
}

/**
 * Removes any rule open to the whole internet from Danlu's region-wide groups (older versions
 * opened SSH to everyone for the first login). Session groups never hold one: their rules are
 * set whole each time.
 */
async function closeWorldOpenRules(scope: StepScope): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  const groups = (
    await scope.api.describeAllSecurityGroups(
      { regionId: region, tags: [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }] },
      { signal },
    )
  ).filter((g) => !g.tags.some((t) => t.key === SESSION_TAG_KEY));
  for (const group of groups) {
    const permissions = await scope.api.describeAllSecurityGroupPermissions(
      { regionId: region, securityGroupId: group.securityGroupId, direction: 'ingress' },
      { signal },
    );
    const open = permissions.filter((p) => isWorldOpen(p.sourceCidrIp) || isWorldOpen(p.ipv6SourceCidrIp));
    if (open.length === 0) continue;
    await scope.api.revokeSecurityGroup(
      { regionId: region, securityGroupId: group.securityGroupId, ruleIds: open.map((p) => p.securityGroupRuleId) },
      { signal },
    );
    scope.log(msg('access.closedWorldOpen', { count: open.length, securityGroupId: group.securityGroupId }));
  }
}

/** The session's own groups, read by its tag right before acting (which also finds one whose creation answer was lost). */
async function sessionGroups(scope: StepScope): Promise<string[]> {
  const region = scope.region;
  const { signal } = scope;
  const known = scope.record.resources.securityGroupId;
  const tagged = await scope.api.describeAllSecurityGroups(
    { regionId: region, tags: [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }, sessionTag(scope.sessionId)] },
    { signal },
  );
  const groups = tagged
    .filter((g) => isDanlus(g.tags) && g.tags.some((t) => t.key === SESSION_TAG_KEY && t.value === scope.sessionId))
    .map((g) => g.securityGroupId);
  if (known && !groups.includes(known)) {
    // Listed late (made a moment ago), or not the session's own: a region-wide group from an older
    // version, which goes with the network; anything else Danlu would never touch.
    const owner = await settledOwnership(scope, 'securityGroup', known);
    if (owner.found && !owner.danlus) throw notDanlus('securityGroup', known, VERBS.delete);
    if (owner.found && owner.tags.some((t) => t.key === SESSION_TAG_KEY && t.value === scope.sessionId)) {
      groups.push(known);
    }
  }
  return groups;
}

/** Revokes every rule of the session's groups: at once when its instance is gone, whatever else follows. */
export async function revokeSessionRules(scope: StepScope, say: Say = (m) => scope.log(m)): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  for (const securityGroupId of await sessionGroups(scope)) {
    const permissions = await scope.api.describeAllSecurityGroupPermissions(
      { regionId: region, securityGroupId, direction: 'ingress' },
      { signal },
    );
    if (permissions.length === 0) continue;
    await scope.api.revokeSecurityGroup(
      { regionId: region, securityGroupId, ruleIds: permissions.map((p) => p.securityGroupRuleId) },
      { signal },
    );
    say(msg('access.rulesRevoked', { securityGroupId, count: permissions.length }));
  }
  scope.update((s) => {
    s.sourceCidr = undefined;
  });
}

/**
 * Deletes the session's (emptied) groups. The cloud lets go of a group only a while after the
 * instance that used it: busy answers are tried again, and a group it keeps refusing stays,
 * empty, listed under Resources.
 */
export async function deleteSessionGroups(scope: StepScope, say: Say = (m) => scope.log(m)): Promise<void> {
  const region = scope.region;
  const { signal } = scope;
  for (const securityGroupId of await sessionGroups(scope)) {
    try {
      await deleteWhenFree(scope, 'DeleteSecurityGroup', securityGroupId, () =>
        scope.api.deleteSecurityGroup({ regionId: region, securityGroupId }, { signal }),
      );
      say(msg('access.groupRemoved', { securityGroupId }));
    } catch (error) {
      if (!(error instanceof NetworkBusyError)) throw error;
      say(msg('access.groupLeftEmpty', { securityGroupId }));
    }
  }
  scope.update((s) => {
    s.resources.securityGroupId = undefined;
  });
}

/** Both, for a launch undone or a reclaimed session: the rules first, then the group. */
export async function removeSessionGroup(scope: StepScope, say: Say = (m) => scope.log(m)): Promise<void> {
  await revokeSessionRules(scope, say);
  await deleteSessionGroups(scope, say);
}
