import { msg } from '../../../shared/words/message';
import { clientTokenFor, DANLU_TAG_KEY, DANLU_TAG_VALUE, type Tag, withDanluTags } from '../../aliyun';
import type { StepScope } from '../step-scope';

/**
 * Danlu's network in a region — one tagged VPC, a vSwitch per zone, the imported key pair —
 * found again by tag or created once, shared by the sessions of the region. (Security groups
 * belong to sessions: see access-rules.ts.)
 */
const KIT_TAGS: Tag[] = withDanluTags([{ key: 'danlu:kit', value: 'network' }]);
const VPC_CIDR = '172.16.0.0/12';
const MINUTE = 60_000;

export async function ensureVpc(scope: StepScope): Promise<string> {
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

/** The first free 172.16.N.0/24 inside Danlu's VPC. */
function freeCidr(used: string[]): string {
  for (let n = 1; n < 255; n++) {
    const cidr = `172.16.${n}.0/24`;
    if (!used.includes(cidr)) return cidr;
  }
  throw new Error('no free /24 left in 172.16.0.0/16');
}

export async function ensureVSwitch(scope: StepScope, vpcId: string, zoneId: string): Promise<string> {
  const region = scope.region;
  const all = await scope.api.describeAllVSwitches({ regionId: region, vpcId }, { signal: scope.signal });
  // Only a vSwitch Danlu made is used; one someone added to the VPC only keeps its address range.
  let vsw = all.find(
    (v) => v.zoneId === zoneId && v.tags.some((t) => t.key === DANLU_TAG_KEY && t.value === DANLU_TAG_VALUE),
  );
  if (!vsw) {
    const clientToken = scope.token(`vswitch:${zoneId}`, () => clientTokenFor(scope.sessionId, 'vswitch', zoneId));
    const created = await scope.api.createVSwitch(
      {
        regionId: region,
        vpcId,
        zoneId,
        cidrBlock: freeCidr(all.map((v) => v.cidrBlock)),
        vSwitchName: `danlu-${zoneId}`,
        clientToken,
        tags: KIT_TAGS,
      },
      { signal: scope.signal },
    );
    scope.detail('network', msg('launch.vswitch.created', { vSwitchId: created.vSwitchId, zoneId }));
    vsw = { vSwitchId: created.vSwitchId, status: 'Pending' } as (typeof all)[number];
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
