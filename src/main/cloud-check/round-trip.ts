import { utils } from 'ssh2';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import {
  type ActionName,
  type AliyunApi,
  DANLU_TAG_KEY,
  DANLU_TAG_VALUE,
  expectDryRunPass,
  newClientToken,
  type Tag,
} from '../aliyun';
import { newestUbuntu } from '../sessions';
import { isRead } from './dry-run-only';
import { dryRunLaunch } from './launch-dry-run';
import type { SmokeCheck } from './smoke-checks';

/** The free creates `--round-trip` may carry out, and the deletes of what it made. */
const FREE_CREATES: readonly ActionName[] = [
  'CreateVpc',
  'CreateVSwitch',
  'CreateSecurityGroup',
  'AuthorizeSecurityGroup',
  'ImportKeyPair',
];
const ITS_DELETES: Partial<Record<ActionName, string>> = {
  DeleteVpc: 'VpcId',
  DeleteVSwitch: 'VSwitchId',
  DeleteSecurityGroup: 'SecurityGroupId',
  DeleteKeyPairs: 'KeyPairNames',
};

/** What the round trip made, by the wire parameter that names it. */
export interface Made {
  VpcId?: string;
  VSwitchId?: string;
  SecurityGroupId?: string;
  KeyPairNames?: string;
}

/**
 * The guard of `--round-trip`: reads and dry runs as always, the free creates above, rules only
 * on the group it made, and deletes only of what it made; anything else is refused before it is sent.
 */
export function roundTripGuard(made: Made) {
  return (action: ActionName, params: Readonly<Record<string, string>>): void => {
    if (isRead(action) || params.DryRun === 'true') return;
    if (action === 'AuthorizeSecurityGroup' && params.SecurityGroupId === made.SecurityGroupId) return;
    if (action !== 'AuthorizeSecurityGroup' && FREE_CREATES.includes(action)) return;
    const named = ITS_DELETES[action];
    const own = named === 'KeyPairNames' ? JSON.stringify([made.KeyPairNames]) : made[named as keyof Made];
    if (named && own !== undefined && params[named] === own) return;
    throw new AppError(msg('error.notDryRun', { action }), { code: 'smoke.notDryRun' });
  };
}

/** Free creates the cloud carried out; the summary counts them apart from anything bought. */
export const isFreeCreate = (action: ActionName): boolean => FREE_CREATES.includes(action) || action in ITS_DELETES;

const TAGS: Tag[] = [{ key: 'danlu:smoke', value: 'round-trip' }];
/** A documentation address (RFC 5737): the rule opens nothing anyone uses. */
const RULE_ADDRESS = '198.51.100.7';

/** Tags read back exactly as Danlu wrote them (key and value as the cloud spells them). */
function tagsProblem(what: string, tags: Tag[]): string | undefined {
  for (const t of [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }, ...TAGS]) {
    if (!tags.some((x) => x.key === t.key && x.value === t.value)) return `${what} lacks tag ${t.key}=${t.value}`;
  }
  return undefined;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, sleep: (ms: number) => Promise<void>) {
  for (let i = 0; i < 60; i++) {
    const value = await read();
    if (done(value)) return value;
    await sleep(2000);
  }
  throw new Error('the cloud did not get there within two minutes');
}

type InstanceAction = 'StartInstance' | 'StopInstance' | 'RebootInstance' | 'DeleteInstance';

/** One of the instance actions that accept DryRun, as Danlu sends it. */
function instanceAction(
  api: AliyunApi,
  action: InstanceAction,
  ref: { regionId: string; instanceId: string; dryRun: boolean },
): Promise<unknown> {
  switch (action) {
    case 'StartInstance':
      return api.startInstance(ref);
    case 'StopInstance':
      return api.stopInstance({ ...ref, stoppedMode: 'StopCharging' });
    case 'RebootInstance':
      return api.rebootInstance(ref);
    case 'DeleteInstance':
      return api.deleteInstance({ ...ref, force: true });
  }
}

/**
 * `--round-trip`: makes a VPC, a vSwitch, a security group with one rule and a key pair (all
 * free), reads each back as Danlu reads them, dry-runs a spot RunInstances against them (with
 * UserData and a price limit) and every Start/Stop/Reboot/Delete of an instance that accepts
 * DryRun, then deletes what it made (`cleanup`, which runs even when a check failed).
 */
export function roundTripChecks(
  api: AliyunApi,
  regionId: string,
  made: Made,
  sleep: (ms: number) => Promise<void>,
): { checks: SmokeCheck[]; cleanup: () => Promise<string[]> } {
  const r = { regionId };
  const found: { zoneId?: string; instanceType?: string; instanceId?: string } = {};
  const step = (action: ActionName, kind: SmokeCheck['kind'], run: SmokeCheck['run']): SmokeCheck => ({
    action,
    kind,
    run,
  });
  const fail = (problem: string | undefined) => {
    if (problem) throw new Error(problem);
  };
  const checks: SmokeCheck[] = [
    step('CreateVpc', 'roundTrip', async () => {
      const { vpcId } = await api.createVpc({
        ...r,
        cidrBlock: '172.16.0.0/12',
        vpcName: 'danlu-smoke',
        clientToken: newClientToken(),
        tags: TAGS,
      });
      made.VpcId = vpcId;
      const vpc = await until(
        () => api.describeAllVpcs({ ...r, vpcIds: [vpcId] }),
        (list) => list[0]?.status === 'Available',
        sleep,
      );
      fail(tagsProblem(vpcId, vpc[0]?.tags ?? []));
      return `${vpcId} made, read back Available with its tags`;
    }),
    step('CreateVSwitch', 'roundTrip', async () => {
      if (!made.VpcId) return { skip: 'no VPC made' };
      const { zones } = await api.describeAvailableResource({
        ...r,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
      });
      const offer = zones
        .flatMap((z) => z.resources.flatMap((x) => x.supported.map((s) => ({ zoneId: z.zoneId, s }))))
        .find((o) => /^ecs\.gn/.test(o.s.value) && /^(closed)?withstock$/i.test(o.s.statusCategory));
      const zoneId = offer?.zoneId ?? zones[0]?.zoneId;
      if (!zoneId) return { skip: 'no zone sells instances here' };
      found.zoneId = zoneId;
      found.instanceType = offer?.s.value;
      const { vSwitchId } = await api.createVSwitch({
        ...r,
        vpcId: made.VpcId,
        zoneId,
        cidrBlock: '172.16.1.0/24',
        vSwitchName: 'danlu-smoke',
        clientToken: newClientToken(),
        tags: TAGS,
      });
      made.VSwitchId = vSwitchId;
      const listed = await until(
        () => api.describeAllVSwitches({ ...r, vpcId: made.VpcId }),
        (list) => list.some((v) => v.vSwitchId === vSwitchId && v.status === 'Available'),
        sleep,
      );
      const mine = listed.find((v) => v.vSwitchId === vSwitchId);
      fail(mine?.zoneId === zoneId ? undefined : `${vSwitchId} listed in ${mine?.zoneId}, made in ${zoneId}`);
      fail(tagsProblem(vSwitchId, mine?.tags ?? []));
      return `${vSwitchId} in ${zoneId}, read back with its tags`;
    }),
    step('CreateSecurityGroup', 'roundTrip', async () => {
      if (!made.VpcId) return { skip: 'no VPC made' };
      const { securityGroupId } = await api.createSecurityGroup({
        ...r,
        vpcId: made.VpcId,
        securityGroupName: 'danlu-smoke',
        clientToken: newClientToken(),
        tags: TAGS,
      });
      made.SecurityGroupId = securityGroupId;
      const groups = await until(
        () => api.describeAllSecurityGroups({ ...r, vpcId: made.VpcId }),
        (list) => list.some((g) => g.securityGroupId === securityGroupId),
        sleep,
      );
      fail(tagsProblem(securityGroupId, groups.find((g) => g.securityGroupId === securityGroupId)?.tags ?? []));
      return `${securityGroupId} read back with its tags`;
    }),
    step('AuthorizeSecurityGroup', 'roundTrip', async () => {
      const securityGroupId = made.SecurityGroupId;
      if (!securityGroupId) return { skip: 'no security group made' };
      await api.authorizeSecurityGroup({
        ...r,
        securityGroupId,
        rules: [{ ipProtocol: 'TCP', portRange: '8888/8888', sourceCidrIp: `${RULE_ADDRESS}/32`, policy: 'accept' }],
      });
      const rules = await api.describeAllSecurityGroupPermissions({ ...r, securityGroupId });
      const rule = rules.find((x) => x.portRange === '8888/8888');
      if (!rule) throw new Error('the rule was not read back');
      // The cloud may echo an address bare or with /32: both are the same rule.
      const echoed = rule.sourceCidrIp.replace(/\/32$/, '');
      fail(echoed === RULE_ADDRESS ? undefined : `rule read back from ${rule.sourceCidrIp}`);
      fail(rule.securityGroupRuleId ? undefined : 'the rule has no id');
      return `rule ${rule.securityGroupRuleId} from ${rule.sourceCidrIp}`;
    }),
    step('ImportKeyPair', 'roundTrip', async () => {
      const name = `danlu-smoke-${Date.now().toString(36)}`;
      const pair = utils.generateKeyPairSync('rsa', { bits: 2048, comment: 'danlu-smoke' });
      await api.importKeyPair({ ...r, keyPairName: name, publicKeyBody: pair.public, tags: TAGS });
      made.KeyPairNames = name;
      const keys = await until(
        () => api.describeAllKeyPairs({ ...r, keyPairName: name }),
        (list) => list.some((k) => k.keyPairName === name),
        sleep,
      );
      fail(tagsProblem(name, keys.find((k) => k.keyPairName === name)?.tags ?? []));
      return `${name} read back with its tags`;
    }),
    step('DescribeInstances', 'roundTrip', async () => {
      // StoppedMode where an instance exists: every listed instance must say how it stopped, if it did.
      const instances = await api.describeAllInstances(r);
      found.instanceId = instances[0]?.instanceId;
      const missing = instances.filter((i) => i.status === 'Stopped' && !i.stoppedMode);
      fail(
        missing.length > 0 ? `stopped without StoppedMode: ${missing.map((i) => i.instanceId).join(', ')}` : undefined,
      );
      return instances.length > 0
        ? `${instances.length} instances, StoppedMode ${instances.map((i) => i.stoppedMode ?? '—').join(', ')}`
        : { skip: 'no instance in the region to read StoppedMode from' };
    }),
    step('RunInstances', 'dryRun', async () => {
      const { zoneId, instanceType } = found;
      const { VSwitchId: vSwitchId, SecurityGroupId: securityGroupId } = made;
      if (!zoneId || !instanceType || !vSwitchId || !securityGroupId) {
        return { skip: 'no GPU type on sale here, or nothing made to try it in' };
      }
      const imageId = await newestUbuntu(api, regionId, '22.04');
      const [offer] = (
        await api.describeAllSpotPriceHistory({
          ...r,
          zoneId,
          instanceType,
          networkType: 'vpc',
          ioOptimized: 'optimized',
          osType: 'linux',
        })
      ).prices.slice(-1);
      const limit = Math.round((offer?.spotPrice ?? 1) * 2 * 1000) / 1000;
      const category = await dryRunLaunch(api, {
        regionId,
        zoneId,
        instanceType,
        vSwitchId,
        securityGroupId,
        keyPairName: made.KeyPairNames,
        imageId,
        spot: { strategy: 'SpotWithPriceLimit', priceLimit: limit },
        userData: '#cloud-config\n',
      });
      return `spot ${instanceType} limited to ${limit}/h with UserData (${category} system disk) would be accepted`;
    }),
    ...(['StartInstance', 'StopInstance', 'RebootInstance', 'DeleteInstance'] as InstanceAction[]).map((action) =>
      step(action, 'dryRun', async () => {
        const instanceId = found.instanceId;
        if (!instanceId) return { skip: 'no instance in the region to dry-run it on' };
        const ref = { ...r, instanceId, dryRun: true };
        // A dry run the instance's state refuses still proves the request is well-formed.
        await expectDryRunPass(instanceAction(api, action, ref)).catch((error: unknown) => {
          if (!(error instanceof AppError) || !/IncorrectInstanceStatus/.test(error.cloudCode ?? '')) throw error;
        });
        return `on ${instanceId}: the request is well-formed`;
      }),
    ),
  ];
  const cleanup = async (): Promise<string[]> => {
    const left: string[] = [];
    const attempt = async (what: string | undefined, run: () => Promise<unknown>) => {
      if (!what) return;
      for (let i = 0; ; i++) {
        try {
          await run();
          return;
        } catch (error) {
          // A vSwitch or group may be held a moment by what was just deleted.
          if (i >= 30) {
            left.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
            return;
          }
          await sleep(2000);
        }
      }
    };
    await attempt(made.KeyPairNames, () => api.deleteKeyPairs({ ...r, keyPairNames: [made.KeyPairNames as string] }));
    await attempt(made.SecurityGroupId, () =>
      api.deleteSecurityGroup({ ...r, securityGroupId: made.SecurityGroupId as string }),
    );
    await attempt(made.VSwitchId, () => api.deleteVSwitch({ ...r, vSwitchId: made.VSwitchId as string }));
    if (made.VSwitchId) {
      await until(
        () => api.describeAllVSwitches({ ...r, vpcId: made.VpcId }),
        (list) => !list.some((v) => v.vSwitchId === made.VSwitchId),
        sleep,
      ).catch(() => undefined);
    }
    await attempt(made.VpcId, () => api.deleteVpc({ ...r, vpcId: made.VpcId as string }));
    // Gone only once the cloud no longer lists it.
    if (made.VpcId && !left.some((x) => x.startsWith(made.VpcId as string))) {
      await until(
        () => api.describeAllVpcs({ ...r, vpcIds: [made.VpcId as string] }),
        (list) => list.length === 0,
        sleep,
      ).catch(() => left.push(`${made.VpcId}: still listed`));
    }
    return left;
  };
  return { checks, cleanup };
}
