/** 设置 → 高级：SSH 与 Notebook 对谁开放。 */
export const access = {
  title: '高级：谁能连接你的实例',
  intro:
    '丹炉只对你的公网地址开放 SSH（22）和 Notebook（8888），绝不对所有人开放。每次启动前，丹炉会询问下列服务，只有至少两个服务的回答一致时才使用该地址。',
  check: '立即检查我的地址',
  checking: '正在查询…',
  result: '将开放给 {{cidr}}——{{how}}',
  cidr: '改为开放给此地址或网段',
  cidrHint:
    '适用于地址查询服务看不到真实出口的网络（公司代理、多出口）。填写 IPv4 地址或不大于 /16 的网段；留空则自动获取。',
  endpoints: '地址查询服务（HTTPS，每行一个，至少两个）',
  endpointsHint: '每个服务都应以纯文本返回你的公网 IPv4 地址。',
  save: '保存',
  saved: '已保存。',
};
