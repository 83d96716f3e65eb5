import type { Words } from './table';

/** The desktop around the window: a desktop without tray icons, and exported diagnostics. */
export const desktopWords = {
  'desktop.noTray.title': { en: 'Your desktop shows no tray icons', zh: '你的桌面不显示托盘图标' },
  'desktop.noTray.body': {
    en: 'Danlu’s tray icon (the running cost, Stop and Quit) needs the AppIndicator extension on GNOME: install gnome-shell-extension-appindicator, or “AppIndicator and KStatusNotifierItem Support” from extensions.gnome.org, turn it on in Extensions, then restart Danlu. Until then Danlu keeps its window: closing it minimizes it.',
    zh: '在 GNOME 上，丹炉的托盘图标（实时费用、停止和退出）需要 AppIndicator 扩展：安装 gnome-shell-extension-appindicator，或在 extensions.gnome.org 安装“AppIndicator and KStatusNotifierItem Support”，在“扩展”中启用，然后重启丹炉。在此之前丹炉会保留窗口：关闭窗口只会将其最小化。',
  },
  'desktop.diagnostics.saveTitle': { en: 'Save Danlu’s diagnostics', zh: '保存丹炉诊断信息' },
  'desktop.diagnostics.savedTitle': { en: 'Diagnostics saved', zh: '诊断信息已保存' },
  'desktop.diagnostics.savedBody': {
    en: '{{path}} holds no AccessKey, token, password or private key.',
    zh: '{{path}} 中不含 AccessKey、令牌、密码或私钥。',
  },
} satisfies Words<'desktop'>;
