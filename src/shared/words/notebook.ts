import type { Words } from './table';

/** The Notebook page, and why a notebook cannot open. */
export const notebookWords = {
  'notebook.none': { en: 'No notebook is running', zh: '没有正在运行的 Notebook' },
  'notebook.noneHint': {
    en: 'A notebook appears here once a launched session is ready.',
    zh: '创建的会话就绪后，它的 Notebook 会显示在这里。',
  },
  'notebook.url': { en: 'Address', zh: '地址' },
  'notebook.fingerprint': { en: 'Pinned certificate (SHA-256)', zh: '固定的证书（SHA-256）' },
  'notebook.machine': { en: 'Machine', zh: '机器' },
  'notebook.session': { en: 'Session', zh: '会话' },
  'notebook.pinHint': {
    en: "Danlu's notebook window trusts exactly this certificate for this address and refuses any other.",
    zh: '丹炉的 Notebook 窗口只信任此地址的这张证书，拒绝其他任何证书。',
  },
  'notebook.notReady': {
    en: 'The notebook opens once the session runs and is ready.',
    zh: '会话运行并就绪后才能打开它的 Notebook。',
  },
  'notebook.demoNote': {
    en: 'Demo mode: no machine was bought, so there is no notebook behind this address.',
    zh: '演示模式：没有购买机器，因此这个地址背后没有 Notebook。',
  },
  'notebook.notOpened': {
    en: 'The notebook window did not open (Danlu may still be starting it). It opens only in Danlu’s own window, which checks the notebook’s certificate; a browser would not.',
    zh: 'Notebook 窗口没有打开（丹炉可能仍在准备它）。Notebook 只在丹炉自己的窗口中打开，该窗口会核对 Notebook 的证书；浏览器不会。',
  },
  'notebook.retry': { en: 'Try again', zh: '重试' },
  'notebook.noneReady': {
    en: 'This session has no notebook ready; wait until the launch finishes.',
    zh: '此会话的 Notebook 尚未就绪，请等待创建完成。',
  },
  'notebook.badInstanceId': { en: '"{{instanceId}}" is not an instance id.', zh: '“{{instanceId}}” 不是实例 ID。' },
} satisfies Words<'notebook'>;
