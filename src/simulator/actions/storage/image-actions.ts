import type { ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { findPublicImage } from '../../catalog/images';
import { buildImage } from '../../lifecycle/image-lifecycle';
import { takeSnapshot } from '../../lifecycle/snapshot-lifecycle';
import type { CustomImage } from '../../state/resources';
import { dryRunGate, findIn, region } from '../common/guards';
import { IMAGE_NAME } from '../common/input-rules';
import { tagsFrom } from '../common/tags';
import { osNames } from '../instances/images-lookup';
import { describeImages } from './describe-images';
import { requireBalance } from './disk-actions';
import { checkSnapshottable, newSnapshot } from './snapshot-actions';

const createImage: ActionSpec = {
  product: 'ecs',
  name: 'CreateImage',
  idempotent: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const name = params.str('ImageName') ?? '';
    if (name && !IMAGE_NAME.test(name)) throw apiError('InvalidImageName.Malformed');
    if (name && [...world.store.images.values()].some((i) => i.regionId === r.regionId && i.name === name)) {
      throw apiError('InvalidImageName.Duplicated');
    }
    const instanceId = params.str('InstanceId');
    const snapshotId = params.str('SnapshotId');
    const mappingsIn = params.structs('DiskDeviceMapping');
    const tags = tagsFrom(params.tags());
    const base = {
      id: world.ids.next('m', r.regionId),
      regionId: r.regionId,
      name,
      description: params.str('Description') ?? '',
      family: params.str('ImageFamily') ?? '',
      status: 'Creating' as const,
      platform: params.str('Platform') ?? 'Ubuntu',
      bootMode: (params.oneOf('BootMode', ['BIOS', 'UEFI']) ?? 'BIOS') as CustomImage['bootMode'],
      createdAt: now,
      tags,
    };
    if (instanceId) {
      const inst = findIn(world.store.instances, instanceId, r.regionId, 'InvalidInstanceId.NotFound');
      if (inst.status !== 'Running' && inst.status !== 'Stopped') throw apiError('IncorrectInstanceStatus');
      const disks = world.store.disksOf(inst.id).filter((d) => d.status === 'In_use');
      for (const disk of disks) checkSnapshottable(world, disk);
      requireBalance(ctx);
      dryRunGate(ctx);
      const os = osNames(world, inst.regionId, inst.imageId);
      const mappings = disks.map((disk) => {
        const snapshot = newSnapshot(world, disk, now, { description: `Created for image ${base.id}` });
        takeSnapshot(world, disk, snapshot, now);
        world.lag.created(snapshot.id, snapshot.tags, now, world.unkind.listingLagMs);
        return { snapshotId: snapshot.id, size: disk.size, device: disk.device, type: disk.type };
      });
      const lastSnapshot = Math.max(
        now,
        ...mappings.map((m) => world.store.snapshots.get(m.snapshotId)?.completesAt ?? now),
      );
      const image: CustomImage = {
        ...base,
        size: disks.find((d) => d.type === 'system')?.size ?? 40,
        osName: os.osName,
        osNameEn: os.osNameEn,
        completesAt: lastSnapshot + world.delays.imageCreating,
        sourceInstanceId: inst.id,
        mappings,
      };
      buildImage(world, image);
      world.created('image', image.id, image.tags, now);
      return { ImageId: image.id };
    }
    const sources = snapshotId ? [{ SnapshotId: snapshotId, DiskType: 'system' }] : mappingsIn;
    if (sources.length === 0)
      throw apiError('MissingParameter', 'One of InstanceId, SnapshotId or DiskDeviceMapping.N must be given.');
    const mappings = sources.map((m, index) => {
      const snapshot = findIn(world.store.snapshots, m.SnapshotId ?? '', r.regionId, 'InvalidSnapshotId.NotFound');
      if (snapshot.status !== 'accomplished') throw apiError('InvalidSnapshotId.NotReady');
      return {
        snapshotId: snapshot.id,
        size: Math.max(snapshot.sourceDiskSize, Number(m.Size ?? 0)),
        device: m.Device ?? `/dev/xvd${String.fromCharCode(97 + index)}`,
        type: (m.DiskType === 'data' || index > 0 ? 'data' : 'system') as 'system' | 'data',
      };
    });
    requireBalance(ctx);
    dryRunGate(ctx);
    const image: CustomImage = {
      ...base,
      size: mappings[0]?.size ?? 40,
      osName: 'Ubuntu  22.04 64位',
      osNameEn: 'Ubuntu  22.04 64 bit',
      completesAt: now + world.delays.imageCreating,
      sourceInstanceId: '',
      mappings,
    };
    buildImage(world, image);
    world.created('image', image.id, image.tags, now);
    return { ImageId: image.id };
  },
};

const deleteImage: ActionSpec = {
  product: 'ecs',
  name: 'DeleteImage',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const imageId = params.required('ImageId');
    if (findPublicImage(r.regionId, imageId)) throw apiError('InvalidImageId.NotFound');
    const image = findIn(world.store.images, imageId, r.regionId, 'InvalidImageId.NotFound');
    const force = params.bool('Force') ?? false;
    if (!force && [...world.store.instances.values()].some((i) => i.imageId === image.id))
      throw apiError('ImageUsingByInstance');
    dryRunGate(ctx);
    world.timers.cancel(image.id);
    world.store.images.delete(image.id);
    return {};
  },
};

export const imageActions = [createImage, describeImages, deleteImage];
