/** What the launch tells about each step and in its log; `{{name}}` are the message's parameters. */
export const launchTexts = {
  'launch.candidates': {
    en: '{{count}} zone and type candidate(s); first {{instanceType}} in {{zoneId}}',
    zh: '共 {{count}} 个可用区与规格候选；首选 {{zoneId}} 的 {{instanceType}}',
  },
  'launch.failover': {
    en: '{{instanceType}} in {{zoneId}}: {{reason}} Trying the next option.',
    zh: '{{zoneId}} 的 {{instanceType}}：{{reason}}正在尝试下一个选项。',
  },
  'launch.lowStock': {
    en: '{{instanceType}} in {{zoneId}}: low stock (the cloud still sells it but will not replenish it; if it runs out, the next option is tried)',
    zh: '{{zoneId}} 的 {{instanceType}}：库存紧张（云端仍在出售但不再补货；售罄时会尝试下一个选项）',
  },
  'launch.bootImage': { en: 'boot image: {{imageId}}', zh: '启动镜像：{{imageId}}' },
  'launch.failedRollingBack': {
    en: 'The launch failed: {{reason}} Removing what it created.',
    zh: '启动失败：{{reason}}正在删除本次创建的资源。',
  },
  'launch.cancelledRollingBack': {
    en: 'Launch cancelled: removing what it created.',
    zh: '启动已取消：正在删除本次创建的资源。',
  },
  'launch.rollbackRetry': {
    en: 'Removing what the launch created did not finish (attempt {{attempt}}); trying again.',
    zh: '删除本次启动创建的资源未完成（第 {{attempt}} 次）；正在重试。',
  },
  'launch.rolledBack': {
    en: 'Everything this launch created is removed; nothing of it is billed any more.',
    zh: '本次启动创建的资源已全部删除，不再产生任何费用。',
  },
  'launch.rolledBackKeptDisk': {
    en: 'Everything this launch created is removed; your disk {{diskId}} is kept as it was.',
    zh: '本次启动创建的资源已全部删除；你的磁盘 {{diskId}} 保持原样。',
  },
  'launch.ready': { en: 'The session is ready.', zh: '会话已就绪。' },
  'step.retry': {
    en: 'The cloud had a moment ({{reason}}); trying the step again.',
    zh: '云端暂时出错（{{reason}}）；正在重试此步骤。',
  },
  'vpc.created': { en: 'created {{vpcId}}', zh: '已创建 {{vpcId}}' },
  'vpc.reused': { en: 'reusing {{vpcId}}', zh: '沿用 {{vpcId}}' },
  'vswitch.created': { en: 'created {{vSwitchId}} in {{zoneId}}', zh: '已在 {{zoneId}} 创建 {{vSwitchId}}' },
  'keyPair.imported': { en: 'imported {{keyPairName}}', zh: '已导入 {{keyPairName}}' },
  'keyPair.reused': { en: 'reusing {{keyPairName}}', zh: '沿用 {{keyPairName}}' },
  'disk.inZone': { en: '{{diskId}} in {{zoneId}}', zh: '{{diskId}}，位于 {{zoneId}}' },
  'disk.moving': {
    en: 'moving {{diskId}} from {{from}} to {{to}} through a snapshot',
    zh: '正在通过快照把 {{diskId}} 从 {{from}} 迁移到 {{to}}',
  },
  'disk.created': { en: 'created {{diskId}} in {{zoneId}}', zh: '已在 {{zoneId}} 创建 {{diskId}}' },
  'disk.createdFromSnapshot': {
    en: 'created {{diskId}} in {{zoneId}} from {{snapshotId}}',
    zh: '已在 {{zoneId}} 用 {{snapshotId}} 创建 {{diskId}}',
  },
  'disk.attached': {
    en: '{{diskId}} attached (kept when the instance is released)',
    zh: '{{diskId}} 已挂载（释放实例时保留）',
  },
  'instance.created': {
    en: '{{instanceId}} ({{instanceType}} in {{zoneId}})',
    zh: '{{instanceId}}（{{zoneId}} 的 {{instanceType}}）',
  },
  'instance.running': { en: 'running at {{ip}}', zh: '运行中，地址 {{ip}}' },
  'spot.notice': {
    en: 'Spot reclaim notice: the cloud may release the instance from {{deadline}} on.',
    zh: '竞价回收通知：云端最早可能在 {{deadline}} 释放实例。',
  },
  'spot.reclaimed': {
    en: 'The cloud reclaimed the instance; the data disk was kept. Use Recover to continue.',
    zh: '云端已回收实例，数据盘已保留。可用“恢复”继续。',
  },
  'spot.stoppedByCloud': {
    en: 'The cloud stopped the instance.',
    zh: '云端已停止实例。',
  },
  'recover.started': {
    en: 'Recovering in a new session {{sessionId}} with the data disk {{diskId}}.',
    zh: '正在用数据盘 {{diskId}} 在新会话 {{sessionId}} 中恢复。',
  },
  'remote.output': { en: '{{line}}', zh: '{{line}}' },
} as const;
