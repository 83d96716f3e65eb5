import type { Words } from './table';

/** The tray menu, the question before quitting, and what a tray action that failed says. */
export const trayWords = {
  'tray.idle': { en: 'Danlu — no GPU running', zh: '丹炉 — 没有运行中的 GPU' },
  'tray.checking': { en: 'Danlu — checking your sessions…', zh: '丹炉 — 正在读取会话…' },
  'tray.unreadable': { en: 'Danlu — sessions unavailable, open for details', zh: '丹炉 — 无法读取会话，打开查看详情' },
  'tray.demo': { en: 'demo', zh: '演示' },
  'tray.open': { en: 'Open Danlu', zh: '打开丹炉' },
  'tray.prices': { en: 'GPU prices…', zh: 'GPU 价格…' },
  'tray.quit': { en: 'Quit Danlu', zh: '退出丹炉' },
  'tray.openNotebook': { en: 'Open notebook', zh: '打开 Notebook' },
  'tray.copySsh': { en: 'Copy SSH command', zh: '复制 SSH 命令' },
  'tray.start': { en: 'Start', zh: '启动' },
  'tray.stop': { en: 'Stop (keep everything)', zh: '停止（保留一切）' },
  'tray.release': { en: 'Release…', zh: '释放…' },
  'tray.recover': { en: 'Recover with the same disk', zh: '用同一块磁盘恢复' },
  'tray.cancel': { en: 'Cancel launch', zh: '取消启动' },
  'tray.launchLast': { en: 'Launch last plan', zh: '按上次配置启动' },
  'tray.reclaim': { en: 'reclaim at', zh: '回收于' },
  'tray.actionFailed': { en: 'Danlu could not do that', zh: '丹炉未能完成此操作' },
  'tray.noAddress': { en: '{{name}} has no public address yet.', zh: '{{name}} 还没有公网地址。' },
  'tray.quitAsk.billingMessage': { en: 'A GPU is still running', zh: 'GPU 仍在运行' },
  'tray.quitAsk.billingDetail': {
    en: 'Quitting Danlu does not stop {{names}}: it keeps billing. Stop or release it first.',
    zh: '退出丹炉不会停止 {{names}}，它会继续计费。建议先停止或释放。',
  },
  'tray.quitAsk.unknownMessage': { en: 'Danlu could not check your GPUs', zh: '丹炉无法确认 GPU 的状态' },
  'tray.quitAsk.unknownDetail': {
    en: 'A GPU may still be running and billing. Quitting Danlu does not stop it; open Danlu to check.',
    zh: '可能仍有 GPU 在运行并计费。退出丹炉不会停止它；请打开丹炉查看。',
  },
  'tray.quitAsk.quit': { en: 'Quit anyway', zh: '仍然退出' },
} satisfies Words<'tray'>;
