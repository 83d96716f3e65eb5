import type { shell as en } from '../en/shell';
import type { Shape } from '../shape';

/** 框架、导航与各页通用的文字。 */
export const shell: Shape<typeof en> = {
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
    cancel: '取消',
    copy: '复制',
    copied: '已复制',
    copyFailed: '请手动选中复制',
  },
  pages: {
    prices: { title: 'GPU 竞价价格', intro: '各地域、各可用区以竞价方式出售的全部 GPU 规格，按价格从低到高。' },
    launch: { title: '启动 GPU', intro: '选择地域、GPU 规格、竞价出价和数据盘，其余交给丹炉。' },
    session: { title: '会话', intro: 'GPU 会话的每一步、当前费用和实时日志。' },
    notebook: { title: 'Notebook', intro: '通过 HTTPS 访问你的 Jupyter Notebook，每个只信任它自己的证书。' },
    resources: { title: '资源', intro: '丹炉在你的账号中创建的所有资源，以及保留它们的费用。' },
    settings: { title: '设置', intro: '语言、凭据、预算与防护。' },
  },
  notices: {
    label: '通知',
    open: '查看',
    dismiss: '关闭',
  },
  meter: {
    month: '本月 {{cost}}',
  },
};
