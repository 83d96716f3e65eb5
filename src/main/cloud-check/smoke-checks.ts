import {
  ACTIONS,
  type ActionName,
  type AliyunApi,
  DANLU_TAG_KEY,
  DANLU_TAG_VALUE,
  expectDryRunPass,
  newClientToken,
} from '../aliyun';
import { newestUbuntu } from '../sessions';
import { dryRunLaunch } from './launch-dry-run';

/** One check: a read, or a create the cloud validates without carrying it out. */
export interface SmokeCheck {
  action: ActionName;
  /** roundTrip: a free create of `--round-trip`, carried out, read back and deleted. */
  kind: 'read' | 'dryRun' | 'roundTrip';
  /** Runs the call; resolves to a short note on what came back, or to `skip` with the reason. */
  run(): Promise<string | { skip: string }>;
}

const MANAGED = [{ key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE }];

/** Why the actions that are neither read nor tried with DryRun here are left out. */
export const NOT_TRIED: Partial<Record<ActionName, string>> = {
  CreateVSwitch: 'no DryRun in the API',
  CreateSecurityGroup: 'no DryRun in the API',
  AuthorizeSecurityGroup: 'no DryRun in the API',
  RevokeSecurityGroup: 'no DryRun in the API',
  ImportKeyPair: 'no DryRun in the API',
  CreateDisk: 'no DryRun in the API',
  AttachDisk: 'no DryRun in the API',
  DetachDisk: 'no DryRun in the API',
  ModifyDiskAttribute: 'no DryRun in the API',
  ModifyInstanceAutoReleaseTime: 'no DryRun in the API',
  CreateSnapshot: 'no DryRun in the API',
  TagResources: 'no DryRun in the API',
  StartInstance: 'acts on a session’s instance, not a create',
  StopInstance: 'acts on a session’s instance, not a create',
  RebootInstance: 'acts on a session’s instance, not a create',
  DeleteInstance: 'a delete',
  DeleteDisk: 'a delete',
  DeleteSnapshot: 'a delete',
  DeleteImage: 'a delete',
  DeleteSecurityGroup: 'a delete',
  DeleteKeyPairs: 'a delete',
  DeleteVpc: 'a delete',
  DeleteVSwitch: 'a delete',
};

/** What the reads found that the dry runs need. */
interface Found {
  offer?: { zoneId: string; instanceType: string };
  vSwitch?: { vSwitchId: string; vpcId: string; zoneId: string };
  securityGroupId?: string;
  keyPairName?: string;
  snapshotId?: string;
  imageId?: string;
}

/**
 * Every read Danlu makes in a region, then every create it makes that the API can dry-run, with
 * Danlu's own parameters. Checks run in order; later ones use what earlier ones found.
 */
export function smokeChecks(api: AliyunApi, regionId: string): SmokeCheck[] {
  const found: Found = {};
  const check =
    (kind: SmokeCheck['kind']) =>
    (action: ActionName, run: SmokeCheck['run']): SmokeCheck => ({ action, kind, run });
  const read = check('read');
  const dry = check('dryRun');
  const r = { regionId };
  return [
    read('DescribeRegions', async () => {
      const { regions } = await api.describeRegions({ instanceChargeType: 'SpotAsPriceGo' });
      if (!regions.some((x) => x.regionId === regionId)) throw new Error(`${regionId} is not among the regions`);
      return `${regions.length} regions`;
    }),
    read('DescribeZones', async () => {
      const { zones } = await api.describeZones({
        ...r,
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
      });
      return `${zones.length} zones`;
    }),
    read('DescribeAvailableResource', async () => {
      const { zones } = await api.describeAvailableResource({
        ...r,
        destinationResource: 'InstanceType',
        instanceChargeType: 'PostPaid',
        spotStrategy: 'SpotAsPriceGo',
      });
      const offers = zones.flatMap((z) =>
        z.resources.flatMap((x) => x.supported.map((s) => ({ zoneId: z.zoneId, instanceType: s.value, s }))),
      );
      const gpu = offers.filter((o) => /^ecs\.(gn|ebmgn|vgn|sgn)/.test(o.instanceType));
      const sellable = gpu.find((o) => /^(closed)?withstock$/i.test(o.s.statusCategory) || o.s.available);
      if (sellable) found.offer = { zoneId: sellable.zoneId, instanceType: sellable.instanceType };
      return `${offers.length} types on sale, ${gpu.length} GPU`;
    }),
    read('DescribeInstanceTypes', async () => {
      const types = await api.describeAllInstanceTypes({ minimumGpuAmount: 1 });
      return `${types.length} GPU types`;
    }),
    read('DescribeSpotPriceHistory', async () => {
      if (!found.offer) return { skip: 'no GPU type on sale as spot here' };
      const { prices } = await api.describeAllSpotPriceHistory({
        ...r,
        instanceType: found.offer.instanceType,
        networkType: 'vpc',
        ioOptimized: 'optimized',
        osType: 'linux',
      });
      return `${prices.length} points of ${found.offer.instanceType}`;
    }),
    read('DescribeSpotAdvice', async () => {
      const { advice } = await api.describeSpotAdvice({ ...r, minCores: 1, minMemory: 1 });
      return `${advice.length} rows`;
    }),
    read('DescribePrice', async () => {
      const disk = await api.describePrice({
        ...r,
        resourceType: 'disk',
        dataDisks: [{ category: 'cloud_essd', size: 100, performanceLevel: 'PL1' }],
      });
      if (!found.offer) return `disk ¥${disk.tradePrice}/h per 100 GiB; no spot offer to price`;
      const spot = await api.describePrice({
        ...r,
        zoneId: found.offer.zoneId,
        instanceType: found.offer.instanceType,
        spotStrategy: 'SpotAsPriceGo',
        instanceNetworkType: 'vpc',
        ioOptimized: 'optimized',
      });
      return `${found.offer.instanceType} spot ${spot.tradePrice} ${spot.currency}/h`;
    }),
    read('DescribeAccountAttributes', async () => {
      const { attributes } = await api.describeAccountAttributes({
        ...r,
        attributeNames: ['max-spot-instance-vcpu-count', 'used-spot-instance-vcpu-count'],
      });
      return attributes.map((a) => `${a.name}=${a.values[0]?.value ?? '?'}`).join(', ');
    }),
    read('GetCallerIdentity', async () => {
      // Whose key this is; the account id stays out of a report people paste into issues.
      const who = await api.getCallerIdentity({});
      return who.identityType === 'Account' ? "the account's root" : who.identityType;
    }),
    read('DescribeVpcs', async () => {
      const vpcs = await api.describeAllVpcs(r);
      const mine = await api.describeAllVpcs({ ...r, tags: MANAGED });
      return `${vpcs.length} VPCs, ${mine.length} of Danlu's`;
    }),
    read('DescribeVSwitches', async () => {
      const vpcs = [...(await api.describeAllVpcs({ ...r, tags: MANAGED })), ...(await api.describeAllVpcs(r))];
      const switches = await api.describeAllVSwitches(r);
      const usable = switches.filter((v) => v.status === 'Available');
      // Danlu's own network first, then the account's default VPC.
      const pick = vpcs
        .flatMap((v) => usable.filter((s) => s.vpcId === v.vpcId))
        .sort((a, b) => Number(b.zoneId === found.offer?.zoneId) - Number(a.zoneId === found.offer?.zoneId))[0];
      if (pick) found.vSwitch = { vSwitchId: pick.vSwitchId, vpcId: pick.vpcId, zoneId: pick.zoneId };
      return `${switches.length} vSwitches`;
    }),
    read('DescribeSecurityGroups', async () => {
      const vpcId = found.vSwitch?.vpcId;
      const groups = await api.describeAllSecurityGroups(vpcId ? { ...r, vpcId } : r);
      found.securityGroupId = groups[0]?.securityGroupId;
      return `${groups.length} groups${vpcId ? ` in ${vpcId}` : ''}`;
    }),
    read('DescribeSecurityGroupAttribute', async () => {
      if (!found.securityGroupId) return { skip: 'no security group to read' };
      const rules = await api.describeAllSecurityGroupPermissions({ ...r, securityGroupId: found.securityGroupId });
      return `${rules.length} rules`;
    }),
    read('DescribeKeyPairs', async () => {
      const keys = await api.describeAllKeyPairs({ ...r, tags: MANAGED });
      found.keyPairName = keys[0]?.keyPairName;
      return `${keys.length} of Danlu's`;
    }),
    read('DescribeInstances', async () => {
      const instances = await api.describeAllInstances({ ...r, tags: MANAGED });
      return `${instances.length} of Danlu's`;
    }),
    read('DescribeInstanceStatus', async () => {
      const statuses = await api.describeAllInstanceStatus(r);
      return `${statuses.length} instances`;
    }),
    read('DescribeDisks', async () => `${(await api.describeAllDisks({ ...r, tags: MANAGED })).length} of Danlu's`),
    read('DescribeSnapshots', async () => {
      const snapshots = await api.describeAllSnapshots({ ...r, tags: MANAGED });
      found.snapshotId = snapshots.find((s) => s.status === 'accomplished')?.snapshotId;
      return `${snapshots.length} of Danlu's`;
    }),
    read('DescribeImages', async () => {
      found.imageId = await newestUbuntu(api, regionId, '22.04');
      const own = await api.describeAllImages({ ...r, imageOwnerAlias: 'self', tags: MANAGED });
      return `Ubuntu 22.04: ${found.imageId}; ${own.length} of Danlu's`;
    }),
    read('ListTagResources', async () => {
      const rows = await api.listAllTagResources({ ...r, resourceType: 'instance', tags: MANAGED });
      return `${rows.length} tagged instances`;
    }),
    dry('RunInstances', async () => {
      const { offer, vSwitch, securityGroupId, imageId } = found;
      if (!offer || !imageId) return { skip: 'no GPU type on sale as spot here' };
      if (!vSwitch || !securityGroupId)
        return { skip: 'no vSwitch and security group to try it in (launch once, or keep a default VPC)' };
      const category = await dryRunLaunch(api, {
        regionId,
        zoneId: vSwitch.zoneId,
        instanceType: offer.instanceType,
        vSwitchId: vSwitch.vSwitchId,
        securityGroupId,
        keyPairName: found.keyPairName,
        imageId,
        spot: { strategy: 'SpotAsPriceGo' },
      });
      return `spot ${offer.instanceType} in ${vSwitch.zoneId} (${category} system disk) would be accepted`;
    }),
    dry('CreateVpc', async () => {
      await expectDryRunPass(
        api.createVpc({ ...r, cidrBlock: '172.16.0.0/12', clientToken: newClientToken(), dryRun: true }),
      );
      return 'a tagged VPC would be accepted';
    }),
    dry('CreateImage', async () => {
      if (!found.snapshotId) return { skip: "no snapshot of Danlu's to image" };
      await expectDryRunPass(
        api.createImage({
          ...r,
          snapshotId: found.snapshotId,
          imageName: 'danlu-smoke-check',
          clientToken: newClientToken(),
          dryRun: true,
        }),
      );
      return `an image of ${found.snapshotId} would be accepted`;
    }),
  ];
}

/** Every action Danlu uses, so the report can list the ones not tried and why. */
export const ALL_ACTIONS = Object.keys(ACTIONS) as ActionName[];
