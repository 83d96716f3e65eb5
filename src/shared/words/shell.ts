import type { Words } from './table';

/** The window's frame: name, navigation, page titles, what every page shares, the connection and the cost glance. */
export const shellWords = {
  'shell.app.name': { en: 'Danlu', zh: '丹炉' },
  'shell.app.tagline': { en: 'A cloud GPU and a notebook, one click away', zh: '云端 GPU 和 Notebook，一键即得' },
  'shell.app.demo': { en: 'Demo — nothing is bought', zh: '演示模式 — 不会产生任何购买' },
  'shell.app.skipToContent': { en: 'Skip to the page', zh: '跳到页面内容' },
  'shell.app.demoHint': {
    en: 'Danlu is running on its built-in cloud simulator. Add an Alibaba Cloud AccessKey in Settings to use your account.',
    zh: '丹炉正在内置的云模拟器上运行。在“设置”中添加阿里云 AccessKey 即可使用你的账号。',
  },
  'shell.nav.prices': { en: 'Prices', zh: '价格' },
  'shell.nav.launch': { en: 'Launch', zh: '创建' },
  'shell.nav.session': { en: 'Session', zh: '会话' },
  'shell.nav.notebook': { en: 'Notebook', zh: 'Notebook' },
  'shell.nav.resources': { en: 'Resources', zh: '资源' },
  'shell.nav.settings': { en: 'Settings', zh: '设置' },
  'shell.common.loading': { en: 'Loading…', zh: '加载中…' },
  'shell.common.retry': { en: 'Try again', zh: '重试' },
  'shell.common.cancel': { en: 'Cancel', zh: '取消' },
  'shell.common.copy': { en: 'Copy', zh: '复制' },
  'shell.common.copied': { en: 'Copied', zh: '已复制' },
  'shell.common.copyFailed': { en: 'Select and copy by hand', zh: '请手动选中复制' },
  'shell.pages.prices.title': { en: 'GPU spot prices', zh: 'GPU 竞价价格' },
  'shell.pages.prices.intro': {
    en: 'Every GPU type sold as spot in every region and zone, cheapest first.',
    zh: '各地域、各可用区以竞价方式出售的全部 GPU 规格，按价格从低到高。',
  },
  'shell.pages.launch.title': { en: 'Launch a GPU', zh: '创建 GPU 实例' },
  'shell.pages.launch.intro': {
    en: 'Pick a region, GPU types, a spot bid and a data disk. Danlu does the rest.',
    zh: '选择地域、GPU 规格、竞价出价和数据盘，其余交给丹炉。',
  },
  'shell.pages.session.title': { en: 'Session', zh: '会话' },
  'shell.pages.session.intro': {
    en: 'Each step of your GPU session, what it costs, and its live log.',
    zh: 'GPU 会话的每一步、当前费用和实时日志。',
  },
  'shell.pages.notebook.title': { en: 'Notebook', zh: 'Notebook' },
  'shell.pages.notebook.intro': {
    en: 'Your Jupyter notebooks over HTTPS, each trusting exactly its own certificate.',
    zh: '通过 HTTPS 访问你的 Jupyter Notebook，每个只信任它自己的证书。',
  },
  'shell.pages.resources.title': { en: 'Resources', zh: '资源' },
  'shell.pages.resources.intro': {
    en: 'Everything Danlu created in your account, and what keeping it costs.',
    zh: '丹炉在你的账号中创建的所有资源，以及保留它们的费用。',
  },
  'shell.pages.settings.title': { en: 'Settings', zh: '设置' },
  'shell.pages.settings.intro': { en: 'Language, credentials, budgets and guards.', zh: '语言、凭据、预算与防护。' },
  'shell.connection.lostTitle': { en: 'The connection to Danlu was lost', zh: '与丹炉的连接已断开' },
  'shell.connection.lostBody': {
    en: "The window cannot reach Danlu's background service, so the figures shown are those of {{at}}. Nothing in your cloud account changes because of this; Danlu keeps trying to connect.",
    zh: '窗口无法连接丹炉的后台服务，显示的数据停留在 {{at}}。云账户中的资源不会因此改变；丹炉会继续尝试连接。',
  },
  'shell.meter.month': { en: 'This month {{cost}}', zh: '本月 {{cost}}' },
  'shell.meter.keptDisk': { en: 'Still billing: data disk', zh: '仍在计费：数据盘' },
  'shell.meter.keptSnapshot': { en: 'Still billing: snapshot', zh: '仍在计费：快照' },
  'shell.meter.keptImage': { en: 'Still billing: image', zh: '仍在计费：镜像' },
  'shell.meter.perHour': { en: '{{price}}/h', zh: '每小时 {{price}}' },
  // What the window says before i18next runs, and durations in the window's language.
  'shell.app.cannotStart': { en: 'Danlu could not open', zh: '丹炉无法打开' },
  'shell.connection.lost': { en: 'The connection to Danlu was lost.', zh: '与丹炉的连接已断开。' },
  'shell.duration.seconds': { en: '{{count}} s', zh: '{{count}} 秒' },
  'shell.duration.minutes': { en: '{{count}} min', zh: '{{count}} 分钟' },
  'shell.duration.hours': { en: '{{hours}} h', zh: '{{hours}} 小时' },
  'shell.duration.hoursMinutes': { en: '{{hours}} h {{minutes}} min', zh: '{{hours}} 小时 {{minutes}} 分钟' },
} satisfies Words<'shell'>;
