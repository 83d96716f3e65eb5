import type { ActionSpec } from '../../api/action';
import type { World } from '../../state/world';
import { region } from '../common/guards';

type ValueItem = { Value: string; ZoneId?: string; InstanceType?: string; InstanceChargeType?: string; Count?: number };

/** vCPUs of live instances in the region, against the quota RunInstances enforces. */
export function usedVcpu(world: World, regionId: string, spot: boolean): number {
  let used = 0;
  for (const i of world.store.instances.values()) {
    if (i.regionId !== regionId || (i.spotStrategy !== 'NoSpot') !== spot) continue;
    if (i.status === 'Stopped' && i.stoppedMode === 'StopCharging') continue;
    used += world.catalog.type(i.instanceType)?.cpu ?? 0;
  }
  return used;
}

const describeAccountAttributes: ActionSpec = {
  product: 'ecs',
  name: 'DescribeAccountAttributes',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const zoneFilter = params.str('ZoneId');
    const names = params.list('AttributeName');
    const a = world.assumptions;
    const attributes: Record<string, ValueItem[]> = {
      'instance-network-type': [{ Value: 'vpc' }],
      'max-security-groups': [{ Value: String(a.maxSecurityGroups) }],
      'max-elastic-network-interfaces': [{ Value: '1000' }],
      'max-postpaid-instance-vcpu-count': [{ Value: String(a.maxPostpaidVcpu), InstanceChargeType: 'PostPaid' }],
      'max-spot-instance-vcpu-count': [{ Value: String(a.maxSpotVcpu), InstanceChargeType: 'PostPaid' }],
      'used-postpaid-instance-vcpu-count': [
        { Value: String(usedVcpu(world, r.regionId, false)), InstanceChargeType: 'PostPaid' },
      ],
      'used-spot-instance-vcpu-count': [
        { Value: String(usedVcpu(world, r.regionId, true)), InstanceChargeType: 'PostPaid' },
      ],
      'max-dedicated-hosts': [{ Value: '100' }],
      'real-name-authentication': [{ Value: 'yes' }],
      'supported-postpaid-instance-types': r.zones
        .filter((z) => !zoneFilter || z === zoneFilter)
        .flatMap((zoneId) =>
          world.catalog.typesSoldIn(r.regionId, zoneId).map((t) => ({
            Value: t.instanceTypeId,
            ZoneId: zoneId,
            InstanceType: t.instanceTypeId,
            InstanceChargeType: 'PostPaid',
          })),
        ),
    };
    const selected = Object.entries(attributes).filter(([name]) => names.length === 0 || names.includes(name));
    return {
      AccountAttributeItems: {
        AccountAttributeItem: selected.map(([AttributeName, items]) => ({
          AttributeName,
          AttributeValues: { ValueItem: items },
        })),
      },
    };
  },
};

export const accountActions = [describeAccountAttributes];
