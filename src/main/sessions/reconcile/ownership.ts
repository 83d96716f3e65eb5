import { AppError } from '../../../shared/errors';
import type { OwnedResource } from '../../../shared/resources';
import { type Message, msg } from '../../../shared/words/message';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE, type Tag } from '../../aliyun';
import type { SessionCloudApi } from '../session-cloud-api';

export type ResourceKind = OwnedResource['kind'];

export type OwnershipApi = Pick<
  SessionCloudApi,
  | 'describeInstances'
  | 'describeDisks'
  | 'describeSnapshots'
  | 'describeAllImages'
  | 'describeAllSecurityGroups'
  | 'describeAllKeyPairs'
  | 'describeAllVpcs'
  | 'describeAllVSwitches'
>;

/** What the cloud says about one resource right now. */
export type Ownership =
  | { found: false }
  | {
      found: true;
      /** Carries danlu=managed: Danlu made it. */
      danlus: boolean;
      tags: Tag[];
    };

/** "Disk d-…" / "磁盘 d-…". */
export function resourceName(kind: ResourceKind, id: string): Message {
  return msg('resources.named', { kind: { msg: msg(`resources.kind.${kind}`) }, id });
}

/** True when the tags say Danlu made the resource. */
export const isDanlus = (tags: readonly Tag[]) =>
  tags.some((t) => t.key === DANLU_TAG_KEY && t.value === DANLU_TAG_VALUE);

/** Reads one resource from the cloud (never from the journal) and says whether Danlu made it. */
export async function readOwnership(
  api: OwnershipApi,
  kind: ResourceKind,
  regionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<Ownership> {
  const o = { signal };
  let tags: Tag[][];
  switch (kind) {
    case 'instance':
      tags = (await api.describeInstances({ regionId, instanceIds: [id] }, o)).instances
        .filter((i) => i.instanceId === id)
        .map((i) => i.tags);
      break;
    case 'disk':
      tags = (await api.describeDisks({ regionId, diskIds: [id] }, o)).disks
        .filter((d) => d.diskId === id)
        .map((d) => d.tags);
      break;
    case 'snapshot':
      tags = (await api.describeSnapshots({ regionId, snapshotIds: [id] }, o)).snapshots
        .filter((s) => s.snapshotId === id)
        .map((s) => s.tags);
      break;
    case 'image':
      tags = (
        await api.describeAllImages(
          { regionId, imageId: id, status: ['Creating', 'Waiting', 'Available', 'UnAvailable', 'CreateFailed'] },
          o,
        )
      )
        .filter((i) => i.imageId === id)
        .map((i) => i.tags);
      break;
    case 'securityGroup':
      tags = (await api.describeAllSecurityGroups({ regionId, securityGroupIds: [id] }, o))
        .filter((g) => g.securityGroupId === id)
        .map((g) => g.tags);
      break;
    case 'keyPair':
      // The name filter takes wildcards: only an exact match counts.
      tags = /[*?]/.test(id)
        ? []
        : (await api.describeAllKeyPairs({ regionId, keyPairName: id }, o))
            .filter((k) => k.keyPairName === id)
            .map((k) => k.tags);
      break;
    case 'vpc':
      tags = (await api.describeAllVpcs({ regionId, vpcIds: [id] }, o))
        .filter((v) => v.vpcId === id)
        .map((v) => v.tags);
      break;
    case 'vswitch':
      tags = (await api.describeAllVSwitches({ regionId, vSwitchId: id }, o))
        .filter((v) => v.vSwitchId === id)
        .map((v) => v.tags);
      break;
  }
  const found = tags[0];
  return found ? { found: true, danlus: isDanlus(found), tags: found } : { found: false };
}

/** The refusal for a resource Danlu did not make, naming it and saying why. */
export function notDanlus(kind: ResourceKind, id: string, verb: Message): AppError {
  return new AppError(msg('resources.notDanlus', { name: { msg: resourceName(kind, id) }, verb: { msg: verb } }));
}

/** What Danlu was about to do to a resource, for the refusal's sentence. */
export const VERBS = {
  delete: msg('resources.verb.delete'),
  stop: msg('resources.verb.stop'),
  start: msg('resources.verb.start'),
  release: msg('resources.verb.release'),
  attach: msg('resources.verb.attach'),
  snapshot: msg('resources.verb.snapshot'),
  revoke: msg('resources.verb.revoke'),
  reclaim: msg('resources.verb.reclaim'),
} satisfies Record<string, Message>;

/**
 * Reads the resource right before acting on it: true when it is there and Danlu's, false when it
 * is already gone (nothing to do); anything else is refused with a message that names it.
 */
export async function requireDanlus(
  api: OwnershipApi,
  kind: ResourceKind,
  regionId: string,
  id: string,
  verb: Message,
  signal?: AbortSignal,
): Promise<boolean> {
  const owner = await readOwnership(api, kind, regionId, id, signal);
  if (!owner.found) return false;
  if (!owner.danlus) throw notDanlus(kind, id, verb);
  return true;
}
