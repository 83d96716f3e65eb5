import type { en } from './en';
import type { Shape } from './shape';

/** 简体中文界面文字，键与 en.ts 完全一致。 */
export const zhCN: Shape<typeof en> = {
  app: {
    name: '丹炉',
    tagline: '云端 GPU 和 Notebook，一键即得',
    demo: '演示模式 — 不会产生任何购买',
    demoHint: '丹炉正在内置的云模拟器上运行。在“设置”中添加阿里云 AccessKey 即可使用你的账号。',
  },
  nav: {
    prices: '价格',
    launch: '启动',
    session: '会话',
    notebook: 'Notebook',
    resources: '资源',
    settings: '设置',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    error: '出错了',
    comingSoon: '此版本暂未提供此页面。',
  },
  pages: {
    prices: { title: 'GPU 竞价价格', intro: '各地域最便宜的 GPU 竞价实例，按价格从低到高。' },
    launch: { title: '启动 GPU', intro: '选择地域、GPU 规格、竞价出价和数据盘。' },
    session: { title: '会话', intro: '当前会话的每一步及其日志。' },
    notebook: { title: 'Notebook', intro: '通过 HTTPS 访问你的 Jupyter Notebook，只信任它自己的证书。' },
    resources: { title: '资源', intro: '丹炉在你的账号中创建的所有资源及其费用。' },
    settings: { title: '设置', intro: '语言、凭据与防护。' },
  },
  settings: {
    language: '语言',
    languageSystem: '跟随系统（{{locale}}）',
    languageZh: '简体中文',
    languageEn: 'English',
    about: '关于',
    version: '版本 {{version}} · {{platform}} · {{transport}}',
  },
};
