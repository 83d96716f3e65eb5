import { AppError } from '../../../shared/errors';
import type { Plan } from '../../../shared/session';
import { type Message, msg } from '../../../shared/words/message';
import {
  notDanlus,
  type OwnershipApi,
  type ResourceKind,
  readOwnership,
  resourceName,
  VERBS,
} from '../reconcile/ownership';

/** A disk, snapshot or image of the user's own that a plan names. */
interface Brought {
  kind: Extract<ResourceKind, 'disk' | 'snapshot' | 'image'>;
  id: string;
}

/** What a plan brings from the user's account (public Ubuntu images and new disks bring nothing). */
function broughtBy(plan: Plan): Brought[] {
  const out: Brought[] = [];
  if (plan.disk.kind === 'existing') out.push({ kind: 'disk', id: plan.disk.diskId });
  if (plan.disk.kind === 'snapshot') out.push({ kind: 'snapshot', id: plan.disk.snapshotId });
  if (plan.image.kind === 'custom') out.push({ kind: 'image', id: plan.image.imageId });
  return out;
}

function missing({ kind, id }: Brought, regionId: string): AppError {
  return new AppError(msg('launch.broughtNotFound', { name: { msg: resourceName(kind, id) }, regionId }));
}

/** What happens to a resource Danlu did not make when a launch uses it. */
function consequence({ kind, id }: Brought): Message {
  const name = { msg: resourceName(kind, id) };
  const said = {
    disk: 'launch.broughtDisk',
    snapshot: 'launch.broughtSnapshot',
    image: 'launch.broughtImage',
  } as const;
  return msg(said[kind], { name });
}

/**
 * Reads every disk, snapshot and image the plan names from the cloud. One that is missing stops
 * the launch; one Danlu did not make is used only when the user confirmed it by id, and the
 * refusal says, for each, what the launch would do with it.
 */
export async function checkBrought(
  api: OwnershipApi,
  plan: Plan,
  confirmed: readonly string[],
  signal?: AbortSignal,
): Promise<{ foreign: string[] }> {
  const foreign: Brought[] = [];
  for (const item of broughtBy(plan)) {
    const owner = await readOwnership(api, item.kind, plan.regionId, item.id, signal);
    if (!owner.found) throw missing(item, plan.regionId);
    if (!owner.danlus) foreign.push(item);
  }
  const unconfirmed = foreign.filter((f) => !confirmed.includes(f.id));
  if (unconfirmed.length > 0) {
    const consequences = { list: unconfirmed.map((item) => ({ msg: consequence(item) })), join: 'sentences' as const };
    throw new AppError(msg('launch.confirmForeign', { consequences }));
  }
  return { foreign: foreign.map((f) => f.id) };
}

/**
 * Right before attaching or building on a brought resource during the launch: it must still be
 * there, and be Danlu's or one the user confirmed.
 */
export async function requireUsable(
  api: OwnershipApi,
  kind: Brought['kind'],
  regionId: string,
  id: string,
  confirmed: readonly string[],
  signal?: AbortSignal,
): Promise<{ danlus: boolean }> {
  const owner = await readOwnership(api, kind, regionId, id, signal);
  if (!owner.found) throw missing({ kind, id }, regionId);
  if (!owner.danlus && !confirmed.includes(id)) throw notDanlus(kind, id, VERBS.attach);
  return { danlus: owner.danlus };
}
