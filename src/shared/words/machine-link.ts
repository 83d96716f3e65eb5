import type { Words } from './table';

/** Reaching a session's machine for files and ports: why it cannot be reached now. */
export const machineLinkWords = {
  'machine-link.demo': {
    en: 'Demo sessions have no machine: files and ports need a session on your Alibaba Cloud account.',
    zh: '演示会话没有真实机器：传输文件和转发端口需要阿里云账号下的会话。',
  },
  'machine-link.notReady': {
    en: 'Session “{{name}}” is not running with its notebook ready; start it first.',
    zh: '会话“{{name}}”尚未运行就绪，请先开机。',
  },
  'machine-link.noMachine': {
    en: 'This connection cannot carry files or ports.',
    zh: '这个连接无法传输文件或转发端口。',
  },
} satisfies Words<'machine-link'>;
