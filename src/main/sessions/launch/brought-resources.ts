import { AppError } from '../../../shared/errors';
import type { Localized } from '../../../shared/localized';
import type { Plan } from '../../../shared/session';
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
  const name = resourceName(kind, id);
  return new AppError('launch.broughtNotFound', {
    en: `${name.en} does not exist in ${regionId}.`,
    zh: `${name.zh} 在 ${regionId} 中不存在。`,
  });
}

/** What happens to a resource Danlu did not make when a launch uses it. */
function consequence({ kind, id }: Brought): Localized {
  const name = resourceName(kind, id);
  switch (kind) {
    case 'disk':
      return {
        en: `${name.en} will be attached to the new instance and mounted at /mnt/ml, where the notebook (root on the machine) can read and change everything on it. Danlu never formats, resizes or deletes it: if it holds no file system the launch stops. At release it stays in your account, detached.`,
        zh: `${name.zh} 将挂载到新实例的 /mnt/ml，Notebook（在该机器上拥有 root 权限）可以读写其中的一切。丹炉绝不会格式化、扩容或删除它：若其上没有文件系统，启动会停止。释放时它会被卸载并保留在你的账号中。`,
      };
    case 'snapshot':
      return {
        en: `A new data disk will be made from ${name.en} and mounted at /mnt/ml. The snapshot itself is only read, never changed or deleted; the new disk is Danlu's.`,
        zh: `将用 ${name.zh} 创建一块新的数据盘并挂载到 /mnt/ml。快照本身只会被读取，不会被修改或删除；新磁盘归丹炉管理。`,
      };
    case 'image':
      return {
        en: `The instance will boot from ${name.en}, and Danlu's set-up runs on it as root. The image itself is never changed or deleted.`,
        zh: `实例将从 ${name.zh} 启动，丹炉的初始化脚本会以 root 身份在其上运行。镜像本身不会被修改或删除。`,
      };
  }
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
    const parts = unconfirmed.map(consequence);
    throw new AppError('launch.confirmForeign', {
      en: `Not created by Danlu — confirm to use: ${parts.map((p) => p.en).join(' ')}`,
      zh: `以下资源不是丹炉创建的，确认后才会使用：${parts.map((p) => p.zh).join(' ')}`,
    });
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
