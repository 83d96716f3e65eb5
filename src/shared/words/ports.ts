import type { Words } from './table';

/** Forwarded ports: the Session page's port list and why a forward is refused. */
export const portsWords = {
  'ports.title': { en: 'Ports', zh: '端口' },
  'ports.intro': {
    en: 'Reach a port of the instance at 127.0.0.1 on this computer, through the SSH connection. Nothing is opened in the security group.',
    zh: '通过 SSH 连接，在本机 127.0.0.1 上访问实例的端口。安全组不会开放任何端口。',
  },
  'ports.remotePort': { en: 'Port on the instance', zh: '实例上的端口' },
  'ports.localPort': { en: 'Port here (optional)', zh: '本机端口（可选）' },
  'ports.open': { en: 'Open a port', zh: '打开端口' },
  'ports.close': { en: 'Close', zh: '关闭' },
  'ports.visit': { en: 'Open', zh: '打开' },
  'ports.none': { en: 'No port forwarded yet.', zh: '尚未转发任何端口。' },
  'ports.connections': { en: '{{count}} connected', zh: '{{count}} 个连接' },
  'ports.serves.http': { en: 'HTTP', zh: 'HTTP' },
  'ports.serves.https-pinned': {
    en: "HTTPS with the notebook's certificate: opened in Danlu's window that trusts exactly it",
    zh: 'HTTPS，使用 Notebook 的证书：在只信任该证书的丹炉窗口中打开',
  },
  'ports.serves.https-unknown': {
    en: 'HTTPS with a certificate Danlu did not make: Danlu does not open it. Your browser will warn; compare the fingerprint before you accept it.',
    zh: 'HTTPS，证书不是丹炉生成的：丹炉不会打开它。浏览器会发出警告，接受前请核对指纹。',
  },
  'ports.serves.nothing': {
    en: 'Nothing answers on this port of the instance yet; run the program there and open the link again.',
    zh: '实例的这个端口还没有程序在监听；请先在实例上运行该程序，再打开链接。',
  },
  'ports.fingerprint': { en: 'Certificate SHA-256', zh: '证书 SHA-256' },
  'ports.sshRefused': {
    en: 'Port 22 is SSH itself: use the SSH command above instead.',
    zh: '22 端口就是 SSH 本身，请使用上方的 SSH 命令。',
  },
  'ports.notOpen': { en: 'That forward is already closed.', zh: '该转发已关闭。' },
  'ports.localTaken': {
    en: 'Port {{port}} on this computer cannot be used ({{reason}}); choose another or leave it empty.',
    zh: '本机端口 {{port}} 无法使用（{{reason}}），请换一个或留空。',
  },
  'ports.localTakenShort': { en: 'in use on this computer', zh: '本机已被占用' },
} satisfies Words<'ports'>;
