import type { Words } from './table';

/** What notices say, in the window's sidebar and as system notifications (worded in main, both languages). */
export const noticeWords = {
  'notice.ready.title': { en: 'GPU ready', zh: 'GPU 已就绪' },
  'notice.ready.body': { en: '{{name}} is ready.', zh: '{{name}} 已就绪。' },
  'notice.ready.bodyNotebook': {
    en: '{{name}} is ready: the notebook can be opened.',
    zh: '{{name}} 已就绪，可以打开 Notebook 了。',
  },
  'notice.reclaim.title': { en: 'The spot instance will be reclaimed', zh: '竞价实例即将被回收' },
  'notice.reclaim.body': {
    en: 'The cloud may release {{name}} from {{at}} on. Save your work: the data disk is kept.',
    zh: '云端最早可能在 {{at}} 释放 {{name}}。请保存工作：数据盘会保留。',
  },
  'notice.reclaim.save': {
    en: 'Save your work on {{name}}: the data disk is kept.',
    zh: '请保存 {{name}} 上的工作：数据盘会保留。',
  },
  'notice.interrupted.title': { en: 'Instance reclaimed', zh: '实例已被回收' },
  'notice.interrupted.body': {
    en: '{{name}} was reclaimed. Your data disk is kept; use Recover to continue.',
    zh: '{{name}} 已被回收。数据盘已保留，可用“恢复”继续。',
  },
  'notice.failed.title': { en: 'Launch failed', zh: '创建失败' },
  'notice.failed.body': {
    en: '{{reason}} Nothing it created is left billing.',
    zh: '{{reason}}本次创建的资源均已删除，不再计费。',
  },
  'notice.failed.bodyKept': {
    en: '{{reason}} Your data is on the disk {{diskId}} in {{zoneId}}, kept (and billed) for your next launch.',
    zh: '{{reason}}你的数据在位于 {{zoneId}} 的磁盘 {{diskId}} 上，已保留（仍计费），可用于下次创建。',
  },
  'notice.stillBilled.title': { en: 'Releasing — still billed', zh: '释放中——仍在计费' },
  'notice.stillBilled.body': {
    en: '{{name}}: the cloud has not let Danlu delete everything yet ({{reason}}). It is still billed and shown so; Danlu tries again at its next start, or press Release.',
    zh: '{{name}}：云端暂时还不允许丹炉删除全部资源（{{reason}}）。它仍在计费并如实显示；丹炉会在下次打开时重试，你也可以点“释放”。',
  },
  'notice.stopped.title': { en: 'Stopped', zh: '已停止' },
  'notice.stopped.body': {
    en: '{{name}} is stopped; compute is no longer billed, its disks still are.',
    zh: '{{name}} 已停止，计算资源不再计费，磁盘仍在计费。',
  },
  'notice.stopped.bodyBilling': {
    en: '{{name}} is stopped, but compute is still billed: release it to stop paying.',
    zh: '{{name}} 已停止，但计算资源仍在计费；释放后才停止付费。',
  },
  'notice.started.title': { en: 'Running again', zh: '已重新运行' },
  'notice.started.body': { en: '{{name}} runs again at {{ip}}.', zh: '{{name}} 已重新运行，地址 {{ip}}。' },
  'notice.released.title': { en: 'Released', zh: '已释放' },
  'notice.released.body': {
    en: '{{name}} is released; nothing of it is billed any more.',
    zh: '{{name}} 已释放，不再产生任何费用。',
  },
  'notice.released.bodySnapshot': {
    en: '{{name}} is released. Only the snapshot {{snapshotId}} is still billed, for your next launch.',
    zh: '{{name}} 已释放。只有快照 {{snapshotId}} 仍在计费，供下次创建使用。',
  },
  'notice.released.bodyDisk': {
    en: '{{name}} is released. The disk {{diskId}} is kept and still billed until you delete it.',
    zh: '{{name}} 已释放。磁盘 {{diskId}} 已保留，删除前仍会计费。',
  },
  'notice.unaskedStop.title': { en: 'Stopped without Danlu', zh: '实例被意外停止' },
  'notice.unaskedStop.bodyEconomical': {
    en: '{{name}} was stopped from inside (the idle watchdog or a shutdown) and still billed its GPU. Danlu stopped it again in economical mode: compute is no longer billed.',
    zh: '{{name}} 在实例内部被关机（空闲看门狗或手动关机），GPU 仍在计费。丹炉已将其重新以节省停机模式停止：计算资源不再计费。',
  },
  'notice.unaskedStop.bodyReleased': {
    en: '{{name}} was stopped from inside (the idle watchdog or a shutdown) and still billed its GPU. Danlu released it to end that bill; your data disk {{diskId}} is kept.',
    zh: '{{name}} 在实例内部被关机（空闲看门狗或手动关机），GPU 仍在计费。丹炉已释放实例以停止计费；数据盘 {{diskId}} 已保留。',
  },
  'notice.addressMoved.title': { en: 'Your address changed', zh: '你的地址已变化' },
  'notice.addressMoved.body': {
    en: '{{name}}: SSH and the notebook are now open to {{to}} only; {{from}} no longer reaches them.',
    zh: '{{name}}：SSH 与 Notebook 现在只对 {{to}} 开放；{{from}} 已无法再连接。',
  },
  'notice.leaseEnded.title': { en: 'Released by its lease', zh: '租约到期，实例已释放' },
  'notice.leaseEnded.body': {
    en: '{{name}} was released at {{at}}: Danlu was away longer than its lease. Your data disk {{diskId}} is kept; use Recover to continue.',
    zh: '{{name}} 已于 {{at}} 被释放：丹炉离开的时间超过了租约。数据盘 {{diskId}} 已保留，可用“恢复”继续。',
  },
  'notice.imageSaved.title': { en: 'Image saved', zh: '镜像已保存' },
  'notice.imageSaved.body': {
    en: 'Image {{imageId}} of {{name}} is ready: launch from it to skip the installs.',
    zh: '{{name}} 的镜像 {{imageId}} 已就绪：用它创建可跳过安装。',
  },
  'notice.operationFailed.title': { en: '{{operation}} did not finish', zh: '{{operation}}未完成' },
  'notice.operationFailed.body': { en: '{{name}}: {{reason}}', zh: '{{name}}：{{reason}}' },
  'notice.auto.title': { en: '{{name}}: {{what}}', zh: '{{name}}：{{what}}' },
  'notice.auto.body': { en: 'Because {{why}}.', zh: '原因：{{why}}。' },
  'notice.withReason': { en: '{{body}} Because {{why}}.', zh: '{{body}}原因：{{why}}。' },
  'notice.stopped.autoTitle': { en: 'Stopped on its own', zh: '已自动停止' },
  'notice.budget.warnTitle': { en: '80 % of the {{budget}} used', zh: '{{budget}}已用 80%' },
  'notice.budget.askTitle': { en: '{{budget}} reached', zh: '已达到{{budget}}' },
  'notice.budget.warnBody': {
    en: '{{name}} has cost {{used}} of {{limit}}.',
    zh: '{{name}} 已花费 {{used}}，预算 {{limit}}。',
  },
  'notice.budget.nothingToStop': {
    en: '{{name}} has cost {{used}} of {{limit}}. Nothing is running to stop; what still bills is on the Resources page.',
    zh: '{{name}} 已花费 {{used}}，预算 {{limit}}。没有正在运行的实例可停止；仍在计费的资源见“资源”页。',
  },
  'notice.budget.askBody': {
    en: '{{name}} has cost {{used}} of {{limit}}. Stop it if you are done.',
    zh: '{{name}} 已花费 {{used}}，预算 {{limit}}。如已完成，请停止它。',
  },
  'notice.budget.monthName': { en: 'this month', zh: '本月' },
  'notice.budget.session': { en: 'session budget', zh: '会话预算' },
  'notice.budget.month': { en: 'monthly budget', zh: '月度预算' },
  'notice.orphans.title': { en: 'Resources nobody uses', zh: '无人使用的资源' },
  'notice.orphans.body': {
    en: '{{count}} Danlu resource(s) are not part of any session ({{monthly}} a month). Review them on the Resources page.',
    zh: '有 {{count}} 个丹炉资源不属于任何会话（每月 {{monthly}}）。请在“资源”页查看。',
  },
  'notice.journal.title': { en: 'The session journal could not be read', zh: '会话记录无法读取' },
  'notice.journal.body': {
    en: 'It was moved to {{path}}; Resources finds what it listed.',
    zh: '已移至 {{path}}；可在“资源”页找回其中列出的资源。',
  },
} satisfies Words<'notice'>;
