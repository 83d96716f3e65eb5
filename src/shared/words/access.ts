import type { Words } from './table';

/** Who may reach an instance: Settings → Advanced, the user's address and the rules that follow it. */
export const accessWords = {
  'access.title': { en: 'Advanced: who may reach your instances', zh: '高级：谁能连接你的实例' },
  'access.intro': {
    en: 'Danlu opens SSH (22) and the notebook (8888) only to your public address, never to everyone. Before each launch and start it asks the services below and uses the address only when at least two of them agree.',
    zh: '丹炉只对你的公网地址开放 SSH（22）和 Notebook（8888），绝不对所有人开放。每次创建实例或开机前，丹炉会询问下列服务，只有至少两个服务的回答一致时才使用该地址。',
  },
  'access.check': { en: 'Check my address now', zh: '立即检查我的地址' },
  'access.checking': { en: 'Asking…', zh: '正在查询…' },
  'access.result': { en: 'Opening to {{cidr}} — {{how}}', zh: '将开放给 {{cidr}}——{{how}}' },
  'access.cidr': { en: 'Open to this address or range instead', zh: '改为开放给此地址或网段' },
  'access.cidrHint': {
    en: 'For a network whose address the services cannot see (a company proxy, several exits). An IPv4 address or a range up to /16; empty: learn it automatically.',
    zh: '适用于地址查询服务看不到真实出口的网络（公司代理、多出口）。填写 IPv4 地址或不大于 /16 的网段；留空则自动获取。',
  },
  'access.endpoints': {
    en: 'Address services (HTTPS, one per line, at least two)',
    zh: '地址查询服务（HTTPS，每行一个，至少两个）',
  },
  'access.endpointsHint': {
    en: 'Each must answer your public IPv4 address as plain text.',
    zh: '每个服务都应以纯文本返回你的公网 IPv4 地址。',
  },
  'access.save': { en: 'Save', zh: '保存' },
  'access.saved': { en: 'Saved.', zh: '已保存。' },
  'access.learned': {
    en: 'SSH and the notebook will open only to {{cidr}}: {{how}}',
    zh: 'SSH 与 Notebook 将只对 {{cidr}} 开放：{{how}}',
  },
  'access.sessionGroup': {
    en: "{{securityGroupId}} (this session's own): SSH and 8888 open to {{cidr}} only",
    zh: '{{securityGroupId}}（本会话专用）：SSH 和 8888 端口只对 {{cidr}} 开放',
  },
  'access.revoked': { en: 'Revoked {{rules}}.', zh: '已撤销 {{rules}}。' },
  'access.moved': {
    en: 'Your address changed ({{from}} → {{to}}): the rules move with you.',
    zh: '你的地址已变化（{{from}} → {{to}}）：规则随之更新。',
  },
  'access.closedWorldOpen': {
    en: 'Closed {{count}} rule(s) open to the whole internet on {{securityGroupId}}.',
    zh: '已关闭 {{securityGroupId}} 上 {{count}} 条对整个互联网开放的规则。',
  },
  'access.rulesRevoked': {
    en: 'Revoked the {{count}} rule(s) of {{securityGroupId}}: nothing reaches this session any more.',
    zh: '已撤销 {{securityGroupId}} 的 {{count}} 条规则：任何人都无法再连接本会话。',
  },
  'access.groupRemoved': {
    en: 'Removed {{securityGroupId}} and its rules.',
    zh: '已删除 {{securityGroupId}} 及其规则。',
  },
  'access.groupLeftEmpty': {
    en: 'The rules of {{securityGroupId}} are revoked; the cloud still holds on to the empty group, which costs nothing and is listed under Resources.',
    zh: '{{securityGroupId}} 的规则已撤销；云端暂时仍保留这个空安全组，它不产生费用，已列在“资源”页。',
  },
  'access.notChecked': {
    en: 'Your address could not be checked after the restart ({{reason}}); the rules stay as they were.',
    zh: '重启后无法检查你的地址（{{reason}}）；规则保持不变。',
  },
  // How Danlu learns the address it opens to, and why it could not.
  'access.how.typed': { en: 'the range you set in Settings', zh: '你在设置中填写的网段' },
  'access.how.agreed': {
    en: '{{ip}}, as {{count}} address services agree',
    zh: '{{ip}}（{{count}} 个地址查询服务一致）',
  },
  'access.how.demo': {
    en: 'demo: the built-in simulator stands in for the address services',
    zh: '演示：由内置模拟器代替地址查询服务',
  },
  'access.unknown.typedRefused': {
    en: 'the range in Settings is refused: {{reason}}',
    zh: '设置中的网段无效：{{reason}}',
  },
  'access.unknown.disagree': {
    en: 'the address services disagree — {{said}}; your connection may leave through more than one address',
    zh: '地址查询服务的回答不一致——{{said}}；你的网络可能经由多个地址出口',
  },
  'access.unknown.tooFew': {
    en: 'fewer than two services answered ({{detail}})',
    zh: '回答的服务不足两个（{{detail}}）',
  },
  'access.unknown.noService': { en: 'no service configured', zh: '未配置任何服务' },
  'access.addressUnknown': {
    en: 'Danlu could not learn your public IPv4 address: {{reason}}. It opens SSH and the notebook only to your address, so nothing was created or started. Check your connection and try again, or set your address range under Settings → Advanced.',
    zh: '丹炉无法确定你的公网 IPv4 地址：{{reason}}。丹炉只对你的地址开放 SSH 和 Notebook，因此没有创建或开机。请检查网络后重试，或在“设置 → 高级”中填写你的地址网段。',
  },
  'access.noAnswer': { en: 'the cloud did not answer', zh: '云端没有回应' },
  'access.networkBusy': {
    en: 'Alibaba Cloud kept refusing to delete {{resourceId}} for {{seconds}} s ({{code}}): it was still busy with an earlier task. It costs nothing; it is listed under Resources, where you can delete it later.',
    zh: '阿里云在 {{seconds}} 秒内一直拒绝删除 {{resourceId}}（{{code}}）：它仍在处理之前的任务。该资源不产生费用，已列在“资源”页，你可以稍后在那里删除。',
  },
} satisfies Words<'access'>;
