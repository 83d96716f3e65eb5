import type { Words } from './table';

/** The Settings page. */
export const settingsWords = {
  'settings.language': { en: 'Language', zh: '语言' },
  'settings.languageSystem': { en: 'Follow the system ({{locale}})', zh: '跟随系统（{{locale}}）' },
  'settings.languageZh': { en: '简体中文', zh: '简体中文' },
  'settings.languageEn': { en: 'English', zh: 'English' },
  'settings.pricesStorage': { en: 'Prices and storage', zh: '价格与存储' },
  'settings.priceCacheTtlMinutes': { en: 'Keep prices for', zh: '价格缓存时长' },
  'settings.priceCacheTtlMinutesHint': {
    en: 'Within this time the Prices page answers from the cache.',
    zh: '在此时间内，“价格”页直接使用缓存。',
  },
  'settings.keepSnapshots': { en: 'Snapshots kept per session name', zh: '每个会话名称保留的快照数' },
  'settings.keepSnapshotsHint': {
    en: 'Older ones are deleted when a release takes a new snapshot.',
    zh: '释放时拍摄新快照后，更早的快照会被删除。',
  },
  'settings.sshConfig': {
    en: 'Write "Host danlu-<name>" to ~/.ssh/config while a session runs',
    zh: '会话运行期间在 ~/.ssh/config 中写入“Host danlu-<名称>”',
  },
  'settings.sshConfigHint': {
    en: 'So ssh danlu-<name> and VS Code Remote-SSH work; removed when the session ends.',
    zh: '这样 ssh danlu-<名称> 和 VS Code Remote-SSH 都能直接使用；会话结束时移除。',
  },
  'settings.guards': { en: 'Budgets and guards', zh: '预算与防护' },
  'settings.sessionBudget': { en: 'Budget per session', zh: '每个会话的预算' },
  'settings.sessionBudgetHint': {
    en: 'Warned at 80 %; at 100 % the budget action below applies. Empty: no budget.',
    zh: '用到 80 % 时提醒；用到 100 % 时执行下面的操作。留空表示不设预算。',
  },
  'settings.monthlyBudget': { en: 'Budget per month', zh: '每月预算' },
  'settings.monthlyBudgetHint': {
    en: 'Across all sessions in the calendar month. Empty: no budget.',
    zh: '按自然月统计所有会话。留空表示不设预算。',
  },
  'settings.budgetAction': { en: 'When a budget is used up', zh: '预算用完时' },
  'settings.budgetStop': {
    en: 'Stop the session (the disk and notebook stay)',
    zh: '停止会话（磁盘和 Notebook 保留）',
  },
  'settings.budgetAsk': { en: 'Only tell me', zh: '只提醒我' },
  'settings.idleStopMinutes': { en: 'App idle guard', zh: '应用空闲防护' },
  'settings.idleStopMinutesHint': {
    en: 'Danlu stops a session whose notebook has been idle this long — a second guard beside the one on the instance. 0: off.',
    zh: 'Notebook 空闲达到该时长后，丹炉会停止会话——这是实例自身防护之外的第二道防护。0 表示关闭。',
  },
  'settings.leaseHours': { en: 'Lease while Danlu is away', zh: '丹炉离开时的租约' },
  'settings.leaseHoursHint': {
    en: 'Every running instance carries an automatic release time this far ahead, which Danlu moves on every few minutes while it runs. If your computer sleeps or Danlu is closed for longer, the cloud releases the instance — your data disk is kept — so a forgotten GPU never bills for more than this. A job still running then is cut off: before leaving a long run unattended, set this longer than the run.',
    zh: '每台运行中的实例都带有一个这么久之后的自动释放时间，丹炉运行时每隔几分钟顺延一次。如果电脑休眠或丹炉关闭超过这段时间，云端会释放实例（数据盘保留），因此被遗忘的 GPU 最多只计费这么久。届时仍在运行的任务会被中断：无人值守的长时间任务开始前，请把它设得比任务更长。',
  },
  'settings.hours': { en: 'h', zh: '小时' },
  'settings.keepChargingStop': {
    en: 'When an instance stops without Danlu and its GPU is still billed (the idle watchdog, a shutdown)',
    zh: '实例在丹炉之外停止且 GPU 仍在计费时（空闲看门狗、手动关机）',
  },
  'settings.keepChargingEconomical': {
    en: 'Stop it again in economical mode (the instance stays; where a type cannot, it is released)',
    zh: '重新以节省停机模式停止（保留实例；不支持该模式的规格会被释放）',
  },
  'settings.keepChargingRelease': {
    en: 'Release it, keeping the data disk',
    zh: '释放实例，保留数据盘',
  },
  'settings.minutes': { en: 'min', zh: '分钟' },
  'settings.none': { en: 'none', zh: '不设' },
  'settings.range': { en: 'Enter a number from {{min}} to {{max}}.', zh: '请输入 {{min}} 到 {{max}} 之间的数字。' },
  'settings.rangeOptional': {
    en: 'Enter an amount from {{min}} to {{max}}, or leave it empty.',
    zh: '请输入 {{min}} 到 {{max}} 之间的金额，或留空。',
  },
  'settings.save': { en: 'Save', zh: '保存' },
  'settings.saved': { en: 'Saved', zh: '已保存' },
  'settings.about': { en: 'About', zh: '关于' },
  'settings.version': {
    en: 'Version {{version}} · {{platform}} · {{transport}}',
    zh: '版本 {{version}} · {{platform}} · {{transport}}',
  },
  'settings.platform.darwin': { en: 'macOS', zh: 'macOS' },
  'settings.platform.win32': { en: 'Windows', zh: 'Windows' },
  'settings.platform.linux': { en: 'Linux', zh: 'Linux' },
  'settings.platform.other': { en: 'another system', zh: '其他系统' },
  'settings.transport.ipc': { en: 'desktop app', zh: '桌面应用' },
  'settings.transport.bridge': { en: 'browser bridge (development)', zh: '浏览器桥接（开发用）' },
  'settings.aboutText': {
    en: "Danlu (丹炉, the alchemist's furnace) — cheap cloud GPUs for learning deep learning. It never writes your AccessKey to a file, and shows every resource it created.",
    zh: '丹炉——为学习深度学习提供便宜的云端 GPU（“炼丹”之炉）。它从不把你的 AccessKey 写入文件，并列出它创建的每一项资源。',
  },
} satisfies Words<'settings'>;
