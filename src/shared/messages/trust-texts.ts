/** What Danlu says about whose resources it touches, who may reach an instance, and its host key. */
export const trustTexts = {
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
  'ssh.hostKeyProved': {
    en: 'Logged in: the machine proved the host key Danlu made for it ({{sha256}}).',
    zh: '已登录：机器出示的正是丹炉为它生成的主机密钥（{{sha256}}）。',
  },
  'instance.createdPinned': {
    en: '{{instanceId}} ({{instanceType}} in {{zoneId}}), host key {{sha256}}',
    zh: '{{instanceId}}（{{zoneId}} 的 {{instanceType}}），主机密钥 {{sha256}}',
  },
  'disk.yoursKept': {
    en: '{{diskId}} is your own disk (not made by Danlu): kept in your account, detached.',
    zh: '{{diskId}} 是你自己的磁盘（不是丹炉创建的）：已卸载并保留在你的账号中。',
  },
  'network.vpcKeptForeign': {
    en: 'VPC {{vpcId}} kept: it holds {{vSwitches}}, not made by Danlu.',
    zh: 'VPC {{vpcId}} 已保留：其中有 {{vSwitches}}，不是丹炉创建的。',
  },
  'image.startToScrub': {
    en: 'Starting the machine for a minute: its secrets are removed before it is imaged.',
    zh: '正在启动机器约一分钟：制作镜像前先清除其中的敏感信息。',
  },
  'image.scrubbed': {
    en: 'The machine holds no notebook token, TLS key, host key, login or shell history any more.',
    zh: '机器上已没有 Notebook 令牌、TLS 私钥、主机密钥、登录密钥或命令历史。',
  },
  'opStep.imageScrub': {
    en: 'Remove every secret from the machine (token, TLS key, host keys, logins, history)',
    zh: '清除机器上的所有敏感信息（令牌、TLS 私钥、主机密钥、登录密钥、命令历史）',
  },
  'opStep.releaseAccess': {
    en: "Revoke this session's rules for SSH and the notebook",
    zh: '撤销本会话的 SSH 与 Notebook 规则',
  },
} as const;
