import type { Words } from './table';

/** What Danlu waits for from the cloud, and the error when the wait runs out. */
export const waitWords = {
  'wait.timedOut': { en: 'Timed out waiting for {{what}}.', zh: '等待{{what}}超时。' },
  'wait.instanceRunning': { en: 'instance {{instanceId}} to run', zh: '实例 {{instanceId}} 运行' },
  'wait.instanceStopped': { en: 'instance {{instanceId}} to stop', zh: '实例 {{instanceId}} 停止' },
  'wait.instanceStarted': { en: 'instance {{instanceId}} to start', zh: '实例 {{instanceId}} 开机' },
  'wait.instanceReleased': { en: 'instance {{instanceId}} to be released', zh: '实例 {{instanceId}} 释放' },
  'wait.diskStatus': { en: 'disk {{diskId}} to be {{status}}', zh: '磁盘 {{diskId}} 变为 {{status}}' },
  'wait.diskDetached': { en: 'disk {{diskId}} to be detached', zh: '磁盘 {{diskId}} 卸载' },
  'wait.diskDeleted': { en: 'disk {{diskId}} to be deleted', zh: '磁盘 {{diskId}} 删除' },
  'wait.snapshot': { en: 'snapshot {{snapshotId}}', zh: '快照 {{snapshotId}} 完成' },
  'wait.image': { en: 'image {{imageId}}', zh: '镜像 {{imageId}} 完成' },
  'wait.vpcAvailable': { en: 'VPC {{vpcId}} to become available', zh: 'VPC {{vpcId}} 可用' },
  'wait.vSwitchAvailable': { en: 'vSwitch {{vSwitchId}}', zh: '交换机 {{vSwitchId}} 可用' },
  'wait.vSwitchDeleted': { en: 'vSwitch {{vSwitchId}} to be deleted', zh: '交换机 {{vSwitchId}} 删除' },
  'wait.vpcDeleted': { en: 'VPC {{vpcId}} to be deleted', zh: 'VPC {{vpcId}} 删除' },
} satisfies Words<'wait'>;
