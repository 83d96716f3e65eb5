import type { Words } from './table';

/** What Danlu says about whose resources it touches and the host key it proved. */
export const trustWords = {
  'trust.hostKeyProved': {
    en: 'Logged in: the machine proved the host key Danlu made for it ({{sha256}}).',
    zh: '已登录：机器出示的正是丹炉为它生成的主机密钥（{{sha256}}）。',
  },
  'trust.diskYoursKept': {
    en: '{{diskId}} is your own disk (not made by Danlu): kept in your account, detached.',
    zh: '{{diskId}} 是你自己的磁盘（不是丹炉创建的）：已卸载并保留在你的账号中。',
  },
  'trust.vpcKeptForeign': {
    en: 'VPC {{vpcId}} kept: it holds {{vSwitches}}, not made by Danlu.',
    zh: 'VPC {{vpcId}} 已保留：其中有 {{vSwitches}}，不是丹炉创建的。',
  },
  'trust.imageStartToScrub': {
    en: 'Starting the machine for a minute: its secrets are removed before it is imaged.',
    zh: '正在开机约一分钟：制作镜像前先清除其中的敏感信息。',
  },
  'trust.hostKeyRotated': {
    en: 'The machine now serves a host key it made itself ({{sha256}}); the one sent at creation, which the cloud keeps readable, is no longer trusted.',
    zh: '机器现在使用它自己生成的主机密钥（{{sha256}}）；创建时发送、云端仍可读取的那把已不再受信任。',
  },
  'trust.imageScrubbed': {
    en: 'The machine holds no notebook token, TLS key, host key, login or shell history any more.',
    zh: '机器上已没有 Notebook 令牌、TLS 私钥、主机密钥、登录密钥或命令历史。',
  },
} satisfies Words<'trust'>;
