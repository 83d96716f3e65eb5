import type { Words } from './table';

/** Why Danlu will not write an entry of the user's SSH config. */
export const sshConfigWords = {
  'ssh-config.badName': { en: '"{{name}}" cannot name an SSH host.', zh: '“{{name}}” 不能用作 SSH 主机名。' },
  'ssh-config.badHost': {
    en: '"{{host}}" is not an IP address or host name.',
    zh: '“{{host}}” 不是 IP 地址或主机名。',
  },
  'ssh-config.badUser': { en: '"{{user}}" is not a user name.', zh: '“{{user}}” 不是用户名。' },
  'ssh-config.badPort': { en: '{{port}} is not a port.', zh: '{{port}} 不是端口号。' },
  'ssh-config.badPath': {
    en: 'The path "{{path}}" cannot be written to the SSH config.',
    zh: '路径 “{{path}}” 无法写入 SSH 配置。',
  },
  'ssh-config.damaged': {
    en: 'The {{alias}} block in your SSH config was edited (a begin or end line is missing or repeated). Danlu leaves the file alone: delete that block by hand and Danlu will write it again.',
    zh: '你的 SSH 配置中 {{alias}} 的配置块被改动过（开始或结束行缺失或重复）。丹炉不会修改该文件：请手动删除这个配置块，丹炉会重新写入。',
  },
  'ssh-config.badHostKey': {
    en: 'The pinned host key is not an OpenSSH public key.',
    zh: '固定的主机密钥不是 OpenSSH 公钥。',
  },
} satisfies Words<'ssh-config'>;
