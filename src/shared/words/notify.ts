import type { Words } from './table';

/** danlu-notify's messages from the machine, and the webhook notices also go to. */
export const notifyWords = {
  'notify.instance.message': { en: 'From {{name}}', zh: '来自 {{name}}' },
  'notify.instance.done': { en: 'Finished on {{name}}', zh: '{{name}} 上的任务已完成' },
  'notify.instance.failed': { en: 'Failed on {{name}}', zh: '{{name}} 上的任务失败' },
  'notify.instance.body': { en: '{{text}}', zh: '{{text}}' },
  'notify.instance.empty': { en: '(no message)', zh: '（无内容）' },
  'notify.webhook.brand': { en: 'Danlu', zh: '丹炉' },
  'notify.webhook.testTitle': { en: 'Test from Danlu', zh: '来自丹炉的测试' },
  'notify.webhook.testBody': {
    en: 'This webhook will receive notices about your GPU sessions.',
    zh: '此 Webhook 将收到你的 GPU 会话通知。',
  },
  'notify.webhook.none': { en: 'No webhook is set.', zh: '尚未设置 Webhook。' },
  'notify.webhook.failedBecause': {
    en: '{{host}} did not take the notice: {{reason}}.',
    zh: '{{host}} 未接收通知：{{reason}}。',
  },
  'notify.webhook.failingTitle': { en: 'The webhook fails', zh: 'Webhook 发送失败' },
  'notify.webhook.failingBody': {
    en: '{{host}} did not take a notice ({{reason}}). Danlu does not retry it; check the address in Settings. This is said once until it works again.',
    zh: '{{host}} 未接收通知（{{reason}}）。丹炉不会重试；请在设置中检查地址。恢复正常之前不再重复提示。',
  },
  'notify.settings.title': { en: 'Notices to a webhook', zh: '通知发送到 Webhook' },
  'notify.settings.intro': {
    en: 'Messages from danlu-notify on the machine, reclaim notices, idle and budget stops and finished releases also go to this webhook. Danlu sends them from this computer over HTTPS: the address never reaches the machine.',
    zh: '机器上 danlu-notify 发出的消息、回收通知、空闲与预算停止、释放完成，也会发送到此 Webhook。丹炉从本机通过 HTTPS 发送，地址不会出现在机器上。',
  },
  'notify.settings.usage': {
    en: 'On the machine: danlu-notify "epoch 10 done", or danlu-notify --done --log train.log (--failed for a failure) with the last lines of a log.',
    zh: '在机器上：danlu-notify "第 10 轮完成"，或 danlu-notify --done --log train.log（失败时用 --failed），附上日志的最后几行。',
  },
  'notify.settings.format': { en: 'Format', zh: '格式' },
  'notify.settings.url': { en: 'Webhook address (https://)', zh: 'Webhook 地址（https://）' },
  'notify.settings.urlKept': {
    en: 'The address is kept in the system keychain and never shown again; type a new one to replace it.',
    zh: '地址保存在系统钥匙串中，不会再次显示；输入新地址即可替换。',
  },
  'notify.settings.memoryOnly': {
    en: 'No keychain on this computer: the address is kept until Danlu quits.',
    zh: '此电脑没有可用的钥匙串：地址只保留到丹炉退出。',
  },
  'notify.settings.configured': { en: 'Sends to {{host}} ({{format}}).', zh: '发送到 {{host}}（{{format}}）。' },
  'notify.settings.none': {
    en: 'No webhook: notices stay on this computer.',
    zh: '未设置 Webhook：通知只显示在本机。',
  },
  'notify.settings.save': { en: 'Save', zh: '保存' },
  'notify.settings.test': { en: 'Send a test', zh: '发送测试' },
  'notify.settings.forget': { en: 'Remove', zh: '移除' },
  'notify.status.unused': { en: 'Not used yet.', zh: '尚未使用。' },
  'notify.status.ok': { en: 'Last notice delivered at {{at}}.', zh: '最近一次通知于 {{at}} 送达。' },
  'notify.status.failing': { en: 'Failing since {{at}}:', zh: '自 {{at}} 起发送失败：' },
  'notify.format.json': { en: 'JSON (any service)', zh: 'JSON（通用）' },
  'notify.format.wecom': { en: 'WeCom group bot', zh: '企业微信群机器人' },
  'notify.format.feishu': { en: 'Feishu / Lark bot', zh: '飞书 / Lark 机器人' },
  'notify.format.dingtalk': { en: 'DingTalk bot', zh: '钉钉机器人' },
  'notify.format.slack': { en: 'Slack incoming webhook', zh: 'Slack 传入 Webhook' },
} satisfies Words<'notify'>;
