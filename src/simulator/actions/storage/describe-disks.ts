import type { ActionSpec } from '../../api/action';
import { region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { dualPage } from '../common/paging';
import { matchesTags } from '../common/tags';
import { renderDisk } from './render-disk';

const describeDisks: ActionSpec = {
  product: 'ecs',
  name: 'DescribeDisks',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const zoneId = params.str('ZoneId');
    const ids = params.jsonList('DiskIds');
    const instanceId = params.str('InstanceId');
    const diskType = params.oneOf('DiskType', ['all', 'system', 'data']) ?? 'all';
    const category = params.str('Category');
    const status = params.oneOf('Status', [
      'In_use',
      'Available',
      'Attaching',
      'Detaching',
      'Creating',
      'ReIniting',
      'All',
    ]);
    const portable = params.bool('Portable');
    const deleteWithInstance = params.bool('DeleteWithInstance');
    const name = params.str('DiskName');
    const snapshotId = params.str('SnapshotId');
    const tags = params.tags();
    const matches = [...world.store.disks.values()].filter(
      (d) =>
        d.regionId === r.regionId &&
        listed(ctx, d) &&
        (!zoneId || d.zoneId === zoneId) &&
        (!ids || ids.includes(d.id)) &&
        (!instanceId || (d.instanceId === instanceId && d.status !== 'Available')) &&
        (diskType === 'all' || d.type === diskType) &&
        (!category || category === 'all' || d.category === category) &&
        (!status || status === 'All' || d.status === status) &&
        (portable === undefined || d.portable === portable) &&
        (deleteWithInstance === undefined || d.deleteWithInstance === deleteWithInstance) &&
        (!name || d.name === name) &&
        (!snapshotId || d.sourceSnapshotId === snapshotId) &&
        matchesTags(shownTags(ctx, d), tags),
    );
    const { page, fields } = dualPage(params, matches, { defaultSize: 10, pageMax: 100, tokenMax: 500 });
    return { Disks: { Disk: page.map((d) => renderDisk(d, shownTags(ctx, d))) }, ...fields };
  },
};

export const describeDiskActions = [describeDisks];
