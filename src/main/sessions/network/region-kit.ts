import { rangesOverlap } from '../../../shared/address-range';
import { msg } from '../../../shared/words/message';
import { CloudError, clientTokenFor, DANLU_TAG_KEY, DANLU_TAG_VALUE, type Tag, withDanluTags } from '../../aliyun';
import type { StepScope } from '../step-scope';

/**
 * Danlu's network in a region — one tagged VPC, a vSwitch per zone, the imported key pair —
 * found again by tag or created once, shared by the sessions of the region. (Security groups
 * belong to sessions: see access-rules.ts.)
 */
const KIT_TAGS: Tag[] = withDanluTags([{ key: 'danlu:kit', value: 'network' }]);
const VPC_CIDR = '172.16.0.0/12';
const MINUTE = 60_000;

/** The region's VPC, found or made; one session at a time, so concurrent launches share one. */
export function ensureVpc(scope: StepScope): Promise<string> {
  return scope.regionLock.run(scope.region, () => findOrMakeVpc(scope));
}

async function findOrMakeVpc(scope: StepScope): Promise<string> {
  const region = scope.region;
  const known = scope.record.resources.vpcId;
  const vpcs = await scope.api.describeAllVpcs(
    { regionId: region, tags: KIT_TAGS.slice(0, 1) },
    { signal: scope.signal },
  );
  let vpc = vpcs.find((v) => v.vpcId === known) ?? vpcs[0];
  if (!vpc) {
    const clientToken = scope.token(`vpc:${region}`, () => clientTokenFor(scope.sessionId, 'vpc', region));
    const created = await scope.api.createVpc(
      {
        regionId: region,
        cidrBlock: VPC_CIDR,
        vpcName: 'danlu',
        description: 'Danlu GPU sessions',
        clientToken,
        tags: KIT_TAGS,
      },
      { signal: scope.signal },
    );
    scope.detail('network', msg('launch.vpc.created', { vpcId: created.vpcId }));
    vpc = { vpcId: created.vpcId, status: 'Pending' } as (typeof vpcs)[number];
  } else {
    scope.detail('network', msg('launch.vpc.reused', { vpcId: vpc.vpcId }));
  }
  const vpcId = vpc.vpcId;
  scope.update((s) => {
    s.resources.vpcId = vpcId;
  });
  if (vpc.status !== 'Available') {
    await scope.wait(
      (api) => api.describeAllVpcs({ regionId: region, vpcIds: [vpcId] }),
      (list) => list[0]?.status === 'Available',
      {
        timeoutMs: 5 * MINUTE,
        intervalMs: 1000,
        what: msg('wait.vpcAvailable', { vpcId }),
      },
    );
  }
  return vpcId;
}

/** The first 172.16.N.0/24 inside Danlu's VPC that no vSwitch in it overlaps. */
function freeCidr(used: string[]): string {
  for (let n = 1; n < 255; n++) {
    const cidr = `172.16.${n}.0/24`;
    if (!used.some((u) => rangesOverlap(u, cidr))) return cidr;
  }
  throw new Error('no free /24 left in 172.16.0.0/16');
}

/**
 * The zone's vSwitch in Danlu's VPC, found or made, one session at a time. The cloud refuses a
 * vSwitch while another of the VPC is being made (the CreateVSwitch retry table sends the same
 * request again); a range found taken means a vSwitch not yet listed, so Danlu looks again
 * before asking, and uses the zone's vSwitch once it shows.
 */
export function ensureVSwitch(scope: StepScope, vpcId: string, zoneId: string): Promise<string> {
  return scope.regionLock.run(scope.region, () => findOrMakeVSwitch(scope, vpcId, zoneId));
}

/** How long a range may show taken by a vSwitch the listing does not show yet. */
const UNLISTED_MS = 2 * MINUTE;

async function findOrMakeVSwitch(scope: StepScope, vpcId: string, zoneId: string): Promise<string> {
  const region = scope.region;
  const started = scope.deps.clock.now();
  let vsw: { vSwitchId: string; status: string } | undefined;
  while (!vsw) {
    const all = await scope.api.describeAllVSwitches({ regionId: region, vpcId }, { signal: scope.signal });
    // Only a vSwitch Danlu made is used; one someone added to the VPC only keeps its address range.
    vsw = all.find(
      (v) => v.zoneId === zoneId && v.tags.some((t) => t.key === DANLU_TAG_KEY && t.value === DANLU_TAG_VALUE),
    );
    if (vsw) break;
    const key = `vswitch:${zoneId}`;
    const clientToken = scope.token(key, () => clientTokenFor(scope.sessionId, 'vswitch', zoneId));
    // The range first asked for: after a crash a range below it may have come free meanwhile.
    const { value: cidrBlock } = scope.asked(key, () => freeCidr(all.map((v) => v.cidrBlock)));
    try {
      const created = await scope.api.createVSwitch(
        {
          regionId: region,
          vpcId,
          zoneId,
          cidrBlock,
          vSwitchName: `danlu-${zoneId}`,
          clientToken,
          tags: KIT_TAGS,
        },
        {
          signal: scope.signal,
          onBusy: ({ code, waitMs }) =>
            scope.log(msg('launch.vswitch.busy', { zoneId, code, seconds: Math.round(waitMs / 1000) })),
        },
      );
      scope.detail('network', msg('launch.vswitch.created', { vSwitchId: created.vSwitchId, zoneId }));
      vsw = { vSwitchId: created.vSwitchId, status: 'Pending' };
    } catch (error) {
      const unlisted = error instanceof CloudError && error.cloudCode === 'InvalidCidrBlock.Overlapped';
      if (!unlisted || scope.deps.clock.now() - started > UNLISTED_MS) throw error;
      // Refused, so not taken: the next request may ask for another range under the same token.
      scope.forget(key);
      await scope.deps.clock.sleep(2000, scope.signal);
    }
  }
  const vSwitchId = vsw.vSwitchId;
  scope.update((s) => {
    s.resources.vswitchId = vSwitchId;
  });
  if (vsw.status !== 'Available') {
    await scope.wait(
      (api) => api.describeAllVSwitches({ regionId: region, vpcId, vSwitchId }),
      (list) => list[0]?.status === 'Available',
      { timeoutMs: 5 * MINUTE, intervalMs: 1000, what: msg('wait.vSwitchAvailable', { vSwitchId }) },
    );
  }
  return vSwitchId;
}

export async function ensureKeyPair(scope: StepScope): Promise<string> {
  const key = scope.deps.localKey();
  const region = scope.region;
  const found = await scope.api.describeAllKeyPairs(
    { regionId: region, keyPairName: key.keyPairName },
    { signal: scope.signal },
  );
  if (found.length === 0) {
    try {
      await scope.api.importKeyPair(
        { regionId: region, keyPairName: key.keyPairName, publicKeyBody: key.publicKey, tags: KIT_TAGS },
        { signal: scope.signal },
      );
    } catch (error) {
      // Imported by a previous attempt whose answer was lost.
      if (!(error instanceof Error && /AlreadyExist/i.test(String((error as { cloudCode?: string }).cloudCode))))
        throw error;
    }
    scope.detail('keyPair', msg('launch.keyPair.imported', { keyPairName: key.keyPairName }));
  } else {
    scope.detail('keyPair', msg('launch.keyPair.reused', { keyPairName: key.keyPairName }));
  }
  scope.update((s) => {
    s.resources.keyPairName = key.keyPairName;
  });
  return key.keyPairName;
}
