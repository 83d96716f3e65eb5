import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError, invalidParameter, missingParameter } from '../../api/api-error';
import { parseUtc } from '../../api/time-format';
import { provisionDiskAttached, scheduleAutoRelease } from '../../lifecycle/instance-create';
import { launch } from '../../lifecycle/instance-power';
import { allocatePrivateIp } from '../../network/addresses';
import { type Instance, ResourceStore } from '../../state/resources';
import { dryRunGate, findIn, region } from '../common/guards';
import { validLinuxHostName } from '../common/input-rules';
import { tagsFrom } from '../common/tags';
import { usedVcpu } from '../discovery/account-attributes';
import { bootImage } from './images-lookup';
import { checkFamilyDisks, planDataDisks, planSystemDisk } from './run-disks';
import { readSpotTerms } from './spot-terms';

const NAME = /^[A-Za-z\u4e00-\u9fa5][\w\u4e00-\u9fa5.:,[\]-]{1,127}$/;

/** AutoReleaseTime must be 30 minutes to 3 years ahead. */
export function readAutoReleaseTime(ctx: ActionContext): number | undefined {
  const text = ctx.params.str('AutoReleaseTime');
  if (text === undefined) return undefined;
  const at = parseUtc(text);
  if (at === undefined) throw apiError('InvalidAutoReleaseTime.Malformed');
  if (at < ctx.now + 30 * 60_000 || at > ctx.now + 3 * 365 * 86_400_000)
    throw apiError('InvalidAutoReleaseTime.InvalidValue');
  return at;
}

function readUserData(ctx: ActionContext): string | undefined {
  const userData = ctx.params.str('UserData');
  if (userData === undefined) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(userData) || userData.length % 4 !== 0)
    throw apiError('InvalidUserData.Base64FormatInvalid');
  if (Buffer.from(userData, 'base64').length > 32 * 1024) throw apiError('InvalidUserData.SizeExceeded');
  return userData;
}

const runInstances: ActionSpec = {
  product: 'ecs',
  name: 'RunInstances',
  idempotent: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const vSwitchId = params.str('VSwitchId');
    if (!vSwitchId) throw missingParameter('VSwitchId');
    const vsw = findIn(world.store.vSwitches, vSwitchId, r.regionId, 'InvalidVSwitchId.NotFound');
    if (vsw.status !== 'Available') throw apiError('IncorrectVSwitchStatus');
    const zoneId = params.str('ZoneId') ?? vsw.zoneId;
    if (zoneId !== vsw.zoneId)
      throw apiError('InvalidParameter', 'The specified ZoneId is not the zone of the specified VSwitchId.');
    const image = bootImage(world, r.regionId, params.required('ImageId'));
    const instanceType = params.required('InstanceType');
    const type = world.catalog.type(instanceType);
    if (!type) throw apiError('InvalidInstanceType.ValueNotSupported');
    if (!world.catalog.isSold(instanceType, r.regionId, zoneId)) throw apiError('InvalidInstanceType.ZoneNotSupported');

    const single = params.str('SecurityGroupId');
    const many = params.list('SecurityGroupIds');
    if (single && many.length > 0) throw invalidParameter('SecurityGroupIds');
    const groupIds = single ? [single] : many;
    if (groupIds.length === 0) throw missingParameter('SecurityGroupId');
    for (const id of groupIds) {
      const sg = findIn(world.store.securityGroups, id, r.regionId, 'InvalidSecurityGroupId.NotFound');
      if (sg.vpcId !== vsw.vpcId) throw apiError('InvalidParameter.Mismatch');
    }

    const chargeType = params.oneOf('InstanceChargeType', ['PostPaid', 'PrePaid']) ?? 'PostPaid';
    if (chargeType === 'PrePaid') {
      throw apiError(
        'InvalidInstanceChargeType.ValueNotSupported',
        'Only pay-as-you-go (PostPaid) instances are simulated.',
        400,
      );
    }
    const spot = readSpotTerms(ctx, r.regionId, zoneId, instanceType);
    const systemDisk = planSystemDisk(params, image.size);
    const dataDisks = planDataDisks(world, params, r.regionId);
    checkFamilyDisks(world, instanceType, systemDisk, dataDisks);
    const bandwidthOut = params.int('InternetMaxBandwidthOut', { min: 0, max: 100 }) ?? 0;
    const bandwidthIn = params.int('InternetMaxBandwidthIn', { min: 1, max: 10240 }) ?? 100;
    const internetChargeType = params.oneOf('InternetChargeType', ['PayByTraffic', 'PayByBandwidth']) ?? 'PayByTraffic';
    const keyPairName = params.str('KeyPairName') ?? '';
    if (keyPairName && !world.store.keyPairs.has(ResourceStore.keyPairKey(r.regionId, keyPairName))) {
      throw apiError('InvalidKeyPairName.NotFound');
    }
    const userData = readUserData(ctx);
    const amount = params.int('Amount', { min: 1, max: 100 }) ?? 1;
    const minAmount = params.int('MinAmount', { min: 1, max: amount }) ?? amount;
    const autoReleaseAt = readAutoReleaseTime(ctx);
    const name = params.str('InstanceName') ?? '';
    if (name && !NAME.test(name)) throw apiError('InvalidInstanceName.Malformed');
    const hostName = params.str('HostName');
    if (hostName !== undefined && !validLinuxHostName(hostName)) throw apiError('InvalidHostName.Malformed');
    const tags = params.tags();
    const deletionProtection = params.bool('DeletionProtection') ?? false;
    const httpTokens = params.oneOf('HttpTokens', ['optional', 'required']) ?? world.unkind.metadataTokens;
    params.oneOf('HttpEndpoint', ['enabled', 'disabled']);
    params.oneOf('IoOptimized', ['optimized', 'none']);

    const spotting = spot.strategy !== 'NoSpot';
    const quota = spotting ? world.assumptions.maxSpotVcpu : world.assumptions.maxPostpaidVcpu;
    const fits = Math.min(amount, Math.floor((quota - usedVcpu(world, r.regionId, spotting)) / type.cpu));
    if (fits < minAmount) throw apiError('QuotaExceed.ElasticQuota');
    if (world.account.balance(now) < world.assumptions.minimumBalance)
      throw apiError('InvalidAccountStatus.NotEnoughBalance');
    let count = 0;
    if (spotting) {
      const free =
        world.market.capacity(r.regionId, zoneId, instanceType) - world.spotInUse(r.regionId, zoneId, instanceType);
      const inStock = world.spotStock(r.regionId, zoneId, instanceType, now);
      count = inStock ? Math.min(fits, free) : 0;
    } else {
      count = world.onDemandStock(r.regionId, zoneId, instanceType) ? fits : 0;
    }
    if (count < minAmount) throw apiError('OperationDenied.NoStock');
    for (const disk of dataDisks) {
      if (disk.snapshotId && !world.store.snapshots.has(disk.snapshotId)) throw apiError('InvalidSnapshotId.NotFound');
    }
    dryRunGate(ctx);

    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      const id = world.ids.next('i', r.regionId);
      const privateIp = allocatePrivateIp(world, vsw.id, vsw.cidrBlock);
      if (!privateIp) {
        if (ids.length >= minAmount) break;
        throw apiError('InvalidVSwitchId.IpNotEnough');
      }
      const inst: Instance = {
        id,
        regionId: r.regionId,
        zoneId,
        name: name || id,
        hostName: hostName ?? `iZ${id.slice(2)}Z`,
        description: params.str('Description') ?? '',
        instanceType,
        imageId: params.required('ImageId'),
        status: 'Pending',
        vpcId: vsw.vpcId,
        vSwitchId: vsw.id,
        privateIp,
        securityGroupIds: groupIds,
        keyPairName,
        userData,
        spotStrategy: spot.strategy,
        spotPriceLimit: spot.limit,
        spotDuration: spot.duration,
        spotInterruptionBehavior: spot.interruptionBehavior,
        internetChargeType,
        bandwidthOut,
        bandwidthIn,
        publicIp: '',
        stoppedMode: 'Not-applicable',
        createdAt: now,
        autoReleaseAt,
        deletionProtection,
        httpTokens,
        serialNumber: world.ids.uuid().toLowerCase(),
        networkInterfaceId: world.ids.next('eni', r.regionId),
        macAddress: macFrom(id),
        locks: [],
        generation: 0,
        tags: tagsFrom(tags),
      };
      world.store.instances.set(id, inst);
      world.created('instance', id, inst.tags, now);
      provisionDiskAttached(world, inst, systemDisk, 'system', '/dev/xvda', now);
      for (const [index, plan] of dataDisks.entries()) {
        provisionDiskAttached(world, inst, plan, 'data', `/dev/xvd${String.fromCharCode(98 + index)}`, now);
      }
      launch(world, inst, now);
      if (autoReleaseAt !== undefined) scheduleAutoRelease(world, inst, autoReleaseAt);
      ids.push(id);
    }
    const unit = spotting
      ? world.market.priceAt(r.regionId, zoneId, instanceType, now)
      : world.catalog.payAsYouGo(r.regionId, instanceType);
    return { InstanceIdSets: { InstanceIdSet: ids }, TradePrice: Math.round(unit * ids.length * 1000) / 1000 };
  },
};

function macFrom(id: string): string {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const bytes = [0x00, 0x16, 0x3e, (h >>> 16) & 0x7f, (h >>> 8) & 0xff, h & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

export const runInstancesActions = [runInstances];
