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
  'settings.updates.title': { en: 'Updates', zh: '更新' },
  'settings.updates.current': { en: 'This is Danlu {{version}}.', zh: '当前是丹炉 {{version}}。' },
  'settings.updates.check': { en: 'Check now', zh: '立即检查' },
  'settings.updates.checking': { en: 'Checking for a new version…', zh: '正在检查新版本…' },
  'settings.updates.notChecked': { en: 'Not checked yet.', zh: '尚未检查。' },
  'settings.updates.upToDate': { en: 'Up to date (checked at {{at}}).', zh: '已是最新版本（检查于 {{at}}）。' },
  'settings.updates.downloading': {
    en: 'Downloading Danlu {{version}}… {{percent}} %',
    zh: '正在下载丹炉 {{version}}… {{percent}} %',
  },
  'settings.updates.ready': {
    en: 'Danlu {{version}} is downloaded and checked: restart to use it, or it is installed when you quit Danlu.',
    zh: '丹炉 {{version}} 已下载并校验：重启即可使用，或在退出丹炉时自动安装。',
  },
  'settings.updates.waiting': {
    en: 'The restart waits until this has finished: {{work}}.',
    zh: '重启会等到以下操作完成：{{work}}。',
  },
  'settings.updates.installing': { en: 'Restarting into Danlu {{version}}…', zh: '正在重启并更新到丹炉 {{version}}…' },
  'settings.updates.failed': { en: 'The last check did not get through:', zh: '上次检查没有成功：' },
  'settings.updates.unavailable.sources': {
    en: 'This Danlu runs from its sources, so it does not update itself.',
    zh: '此丹炉从源代码运行，因此不会自动更新。',
  },
  'settings.updates.unavailable.bridge': {
    en: 'Danlu in the browser does not update itself: updates come with the installed app.',
    zh: '浏览器中的丹炉不会自动更新：更新随安装的应用提供。',
  },
  'settings.updates.unavailable.unsigned': {
    en: 'This Windows build is not signed, so a download could not be checked: install a signed release to get updates.',
    zh: '此 Windows 版本没有签名，无法校验下载的更新：请安装已签名的版本以获得更新。',
  },
  'settings.updates.unavailable.package': {
    en: 'This kind of install is updated by the system’s package manager, not by Danlu.',
    zh: '这种安装方式由系统的包管理器更新，而不是由丹炉更新。',
  },
  'settings.updates.automatic': {
    en: 'Check for a new version at start and once a day, and download it in the background',
    zh: '丹炉打开时及每天检查一次新版本，并在后台下载',
  },
  'settings.updates.automaticHint': {
    en: 'Off: Danlu looks only when you press Check now. A download is used only once it matches the SHA-512 the release gives (and, on macOS and Windows, carries the publisher’s signature).',
    zh: '关闭后，只有按“立即检查”时才会检查。下载的文件必须与发布给出的 SHA-512 一致（在 macOS 和 Windows 上还须带有发布者签名）才会使用。',
  },
  'settings.updates.mirror': { en: 'Update mirror', zh: '更新镜像' },
  'settings.updates.mirrorHint': {
    en: 'GitHub downloads are slow from mainland China. Copy each release’s files (the installers and the latest*.yml beside them) to your own object storage or CDN, and enter that folder’s https:// address. Empty: GitHub Releases.',
    zh: '在中国大陆从 GitHub 下载很慢。可将每个版本的文件（安装包及其旁边的 latest*.yml）复制到你自己的对象存储或 CDN，并在此填写该目录的 https:// 地址。留空则使用 GitHub Releases。',
  },
  'settings.updates.mirrorSaved': { en: 'Saved.', zh: '已保存。' },
  'settings.desktop': { en: 'On this computer', zh: '在这台电脑上' },
  'settings.startAtLogin': {
    en: 'Start Danlu when I log in (in the tray, without its window)',
    zh: '登录系统时运行丹炉（只在托盘中，不显示窗口）',
  },
  'settings.startAtLoginHint': {
    en: 'So a running GPU is always in sight. On Linux Danlu adds ~/.config/autostart/danlu.desktop.',
    zh: '这样正在运行的 GPU 始终在视线之内。在 Linux 上，丹炉会添加 ~/.config/autostart/danlu.desktop。',
  },
  'settings.diagnostics.title': { en: 'Diagnostics', zh: '诊断信息' },
  'settings.diagnostics.intro': {
    en: 'One zip file with the version, the system, the settings, the newest log lines, the session journal and a self-check. Every AccessKey, token, password, private key and webhook address is taken out before it is written.',
    zh: '一个 zip 文件，包含版本、系统、设置、最新的日志、会话记录和一次自检。写入之前会去掉所有 AccessKey、令牌、密码、私钥和 Webhook 地址。',
  },
  'settings.diagnostics.export': { en: 'Export diagnostics…', zh: '导出诊断信息…' },
  'settings.diagnostics.exporting': { en: 'Checking and writing…', zh: '正在检查并写入…' },
  'settings.diagnostics.saved': { en: 'Saved to {{path}} ({{size}} KB).', zh: '已保存到 {{path}}（{{size}} KB）。' },
  'settings.diagnostics.report': { en: 'Report a problem…', zh: '报告问题…' },
  'settings.diagnostics.reportHint': {
    en: 'Opens a new issue on GitHub, filled in with the same summary (no secret in it). Attach the zip there.',
    zh: '在 GitHub 上新建一个问题，并填好相同的摘要（其中不含任何密钥）。请在那里附上 zip 文件。',
  },
  'settings.check.keychain.ok': { en: 'The system keychain can be reached.', zh: '可以访问系统钥匙串。' },
  'settings.check.keychain.failed': {
    en: 'The system keychain cannot be reached ({{code}}).',
    zh: '无法访问系统钥匙串（{{code}}）。',
  },
  'settings.check.cloud.ok': { en: 'Alibaba Cloud answered in {{ms}} ms.', zh: '阿里云在 {{ms}} 毫秒内响应。' },
  'settings.check.cloud.demo': {
    en: 'The demo cloud answered in {{ms}} ms.',
    zh: '演示云在 {{ms}} 毫秒内响应。',
  },
  'settings.check.cloud.failed': { en: 'Alibaba Cloud did not answer ({{code}}).', zh: '阿里云没有响应（{{code}}）。' },
  'settings.check.clock.ok': {
    en: 'This computer’s clock is within {{skew}} s of the cloud’s.',
    zh: '这台电脑的时钟与云端相差不超过 {{skew}} 秒。',
  },
  'settings.check.clock.warning': {
    en: 'This computer’s clock is {{skew}} s off the cloud’s: let the system set the time automatically.',
    zh: '这台电脑的时钟与云端相差 {{skew}} 秒：请让系统自动设置时间。',
  },
  'settings.check.clock.failed': {
    en: 'This computer’s clock is {{skew}} s off the cloud’s: Alibaba Cloud refuses requests signed more than 15 minutes off.',
    zh: '这台电脑的时钟与云端相差 {{skew}} 秒：阿里云会拒绝时间相差超过 15 分钟的签名请求。',
  },
  'settings.check.clock.unknown': {
    en: 'The clock could not be compared with the cloud’s ({{code}}).',
    zh: '无法将时钟与云端比较（{{code}}）。',
  },
} satisfies Words<'settings'>;
