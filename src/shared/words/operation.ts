import type { Words } from './table';

/** Stop, start, release, save as image and reconcile: their names, steps and what they report. */
export const operationWords = {
  'operation.step.stopRequest': {
    en: 'Ask the cloud to stop (economical mode)',
    zh: '请求云端停止实例（节省停机模式）',
  },
  'operation.step.stopWait': { en: 'Wait until the instance has stopped', zh: '等待实例停止' },
  'operation.step.stopBilling': { en: 'Check that compute billing stopped', zh: '确认计算资源已停止计费' },
  'operation.step.startRequest': { en: 'Ask the cloud to start the instance', zh: '请求云端为实例开机' },
  'operation.step.startWait': { en: 'Wait until it runs with a public IP', zh: '等待实例运行并获得公网 IP' },
  'operation.step.startNotebook': {
    en: 'Check the notebook and its certificate for the address',
    zh: '检查 Notebook 及其证书是否匹配新地址',
  },
  'operation.step.releaseInstance': { en: 'Release the instance', zh: '释放实例' },
  'operation.step.releaseSnapshot': { en: 'Snapshot the data disk', zh: '为数据盘创建快照' },
  'operation.step.releasePrune': { en: 'Delete older snapshots beyond those kept', zh: '删除超出保留数量的旧快照' },
  'operation.step.releaseDisk': { en: 'Delete the data disk', zh: '删除数据盘' },
  'operation.step.releaseNetwork': {
    en: "Remove Danlu's network when no session needs it",
    zh: '无会话使用时删除丹炉的网络',
  },
  'operation.step.imageSnapshot': { en: 'Snapshot the system disk', zh: '为系统盘创建快照' },
  'operation.step.imageCreate': { en: 'Build the image from the snapshot', zh: '用快照制作镜像' },
  'operation.step.reconcileResume': { en: 'Finish work a restart interrupted', zh: '完成被重启打断的操作' },
  'operation.step.reconcileRegion': { en: 'Look at {{regionId}}', zh: '查看 {{regionId}}' },
  'operation.stop.requested': {
    en: 'Asked {{instanceId}} to stop in economical mode.',
    zh: '已请求以节省停机模式停止 {{instanceId}}。',
  },
  'operation.stop.economical': {
    en: 'Stopped in economical mode: compute is no longer billed; the disks still are.',
    zh: '已以节省停机模式停止：计算资源不再计费，磁盘仍在计费。',
  },
  'operation.stop.keptBilling': {
    en: 'Stopped, but the cloud kept compute billing (stopped mode {{mode}}). Release the session to stop paying.',
    zh: '已停止，但云端仍在对计算资源计费（停机模式 {{mode}}）。释放会话才能停止付费。',
  },
  'operation.start.requested': { en: 'Asked {{instanceId}} to start.', zh: '已请求为 {{instanceId}} 开机。' },
  'operation.start.running': { en: 'Running again at {{ip}}.', zh: '已重新运行，地址 {{ip}}。' },
  'operation.release.instance': { en: 'Released the instance {{instanceId}}.', zh: '已释放实例 {{instanceId}}。' },
  'operation.snapshot.started': {
    en: 'Taking snapshot {{snapshotId}} of {{diskId}}.',
    zh: '正在为 {{diskId}} 创建快照 {{snapshotId}}。',
  },
  'operation.snapshot.accomplished': {
    en: 'Snapshot {{snapshotId}} of {{diskId}} is complete.',
    zh: '{{diskId}} 的快照 {{snapshotId}} 已完成。',
  },
  'operation.snapshots.pruned': {
    en: 'Deleted {{count}} older snapshot(s) of this disk: {{snapshots}}.',
    zh: '已删除此磁盘的 {{count}} 个旧快照：{{snapshots}}。',
  },
  'operation.snapshots.noneToPrune': { en: 'No older snapshot to delete.', zh: '没有需要删除的旧快照。' },
  'operation.disk.deleted': { en: 'Deleted the disk {{diskId}}.', zh: '已删除磁盘 {{diskId}}。' },
  'operation.disk.kept': {
    en: 'Kept the disk {{diskId}}; it is billed until you delete it.',
    zh: '已保留磁盘 {{diskId}}；删除前会持续计费。',
  },
  'operation.network.kept': {
    en: 'Network kept: {{count}} other session(s) in {{regionId}} use it.',
    zh: '网络已保留：{{regionId}} 中另有 {{count}} 个会话在使用。',
  },
  'operation.teardownBusy': {
    en: '{{resourceId}}: the cloud is still busy ({{code}}); trying again in {{seconds}} s.',
    zh: '{{resourceId}}：云端仍在处理（{{code}}）；{{seconds}} 秒后重试。',
  },
  'operation.network.leftBusy': {
    en: 'The network in {{regionId}} could not be deleted yet: {{reason}}',
    zh: '{{regionId}} 的网络暂时无法删除：{{reason}}',
  },
  'operation.network.removed': {
    en: "Removed Danlu's network in {{regionId}}.",
    zh: '已删除丹炉在 {{regionId}} 的网络。',
  },
  'operation.image.creating': { en: 'Building image {{imageId}}.', zh: '正在制作镜像 {{imageId}}。' },
  'operation.image.ready': {
    en: 'Image {{imageId}} is ready: launch from it to skip the installs.',
    zh: '镜像 {{imageId}} 已就绪：用它创建可跳过安装。',
  },
  'operation.reconcile.found': { en: '{{count}} resource(s)', zh: '{{count}} 个资源' },
  'operation.reconcile.resumed': { en: '{{count}} session(s) taken up again', zh: '已继续 {{count}} 个会话' },
  'operation.reconcile.nothingToResume': { en: 'nothing was interrupted', zh: '没有被打断的操作' },
  'operation.name.stop': { en: 'Stop', zh: '停止' },
  'operation.name.start': { en: 'Start', zh: '开机' },
  'operation.name.release': { en: 'Release', zh: '释放' },
  'operation.name.image': { en: 'Save as image', zh: '保存镜像' },
  'operation.name.reconcile': { en: 'Check the account', zh: '核对账户' },
  'operation.step.imageScrub': {
    en: 'Remove every secret from the machine (token, TLS key, host keys, logins, history)',
    zh: '清除机器上的所有敏感信息（令牌、TLS 私钥、主机密钥、登录密钥、命令历史）',
  },
  'operation.step.releaseAccess': {
    en: "Revoke this session's rules for SSH and the notebook",
    zh: '撤销本会话的 SSH 与 Notebook 规则',
  },
} satisfies Words<'operation'>;
