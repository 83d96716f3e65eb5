import type { Words } from './table';

/** The bootstrap's steps as the session shows them (a real machine and demo mode alike), and why one failed. */
export const bootstrapWords = {
  'bootstrap.remoteOutput': { en: '{{line}}', zh: '{{line}}' },
  'bootstrap.step': { en: '{{index}}/{{total}} {{title}}: {{state}}', zh: '{{index}}/{{total}} {{title}}：{{state}}' },
  'bootstrap.stepFailed': {
    en: '{{index}}/{{total}} {{title}} failed: {{reason}}',
    zh: '{{index}}/{{total}} {{title}}失败：{{reason}}',
  },
  'bootstrap.state.checking': { en: 'checking', zh: '检查中' },
  'bootstrap.state.applying': { en: 'working', zh: '进行中' },
  'bootstrap.state.done': { en: 'done', zh: '完成' },
  'bootstrap.state.skipped': { en: 'already done', zh: '已就绪' },
  'bootstrap.state.rebooting': { en: 'rebooting', zh: '重启中' },
  'bootstrap.state.failed': { en: 'failed', zh: '失败' },
  'bootstrap.demo': {
    en: 'Demo mode: no machine was bought, so the notebook steps are only shown.',
    zh: '演示模式：没有购买机器，Notebook 相关步骤仅作演示。',
  },
  // Step titles as the user reads them.
  'bootstrap.title.connect': { en: 'Connect over SSH', zh: '通过 SSH 连接' },
  'bootstrap.title.host-key': {
    en: 'Replace the host key with one made on the machine',
    zh: '换用机器上生成的主机密钥',
  },
  'bootstrap.title.facts': { en: 'Look at the machine', zh: '查看机器信息' },
  'bootstrap.title.user': { en: 'Create the ml user', zh: '创建 ml 用户' },
  'bootstrap.title.disk': { en: 'Mount the data disk at /mnt/ml', zh: '挂载数据盘到 /mnt/ml' },
  'bootstrap.title.mirrors': { en: 'Choose package mirrors', zh: '设置软件源' },
  'bootstrap.title.tools': { en: 'Install base tools', zh: '安装常用工具' },
  'bootstrap.title.nvidia': { en: 'Check the NVIDIA driver', zh: '检查 NVIDIA 驱动' },
  'bootstrap.title.python': { en: 'Python environment on the data disk', zh: '在数据盘上准备 Python 环境' },
  'bootstrap.title.notebook': { en: 'Run the HTTPS notebook', zh: '运行 HTTPS Notebook' },
  'bootstrap.title.spot-watch': { en: 'Watch for spot reclaim notices', zh: '监视抢占式实例回收通知' },
  'bootstrap.title.idle-watch': { en: 'Idle shutdown watchdog', zh: '空闲自动关机' },
  'bootstrap.title.notify': { en: 'danlu-notify command', zh: 'danlu-notify 命令' },
  'bootstrap.title.verify': { en: 'Verify the notebook', zh: '验证 Notebook' },
  'bootstrap.title.reboot': { en: 'Reboot to load the driver', zh: '重启以加载驱动' },
  // Why setting up the machine failed.
  'bootstrap.cancelled': { en: 'Set-up was cancelled.', zh: '配置已取消。' },
  'bootstrap.stepFailedBecause': {
    en: 'Set-up step "{{title}}" failed: {{detail}}',
    zh: '配置步骤“{{title}}”失败：{{detail}}',
  },
  'bootstrap.scrubFailed': {
    en: 'The machine could not be cleaned of its secrets before imaging ({{reason}}); no image was made.',
    zh: '制作镜像前未能清除机器上的密钥等敏感信息（{{reason}}），未制作镜像。',
  },
  'bootstrap.certificateMismatch': {
    en: 'The notebook at {{host}}:{{port}} presented a certificate Danlu did not make ({{presented}}); refusing to use it.',
    zh: '{{host}}:{{port}} 上的 Notebook 出示了不是丹炉生成的证书（{{presented}}），已拒绝使用。',
  },
  'bootstrap.notebookUnreachable': {
    en: 'The notebook at {{host}}:{{port}} does not answer over HTTPS: {{reason}}',
    zh: '{{host}}:{{port}} 上的 Notebook 没有通过 HTTPS 响应：{{reason}}',
  },
  'bootstrap.notebookOpen': {
    en: 'The notebook answers without a password or token (HTTP {{status}}); refusing to use it.',
    zh: 'Notebook 无需密码或令牌即可访问（HTTP {{status}}），已拒绝使用。',
  },
  'bootstrap.notebookToken': {
    en: "The notebook does not accept Danlu's login token (HTTP {{status}}).",
    zh: 'Notebook 不接受丹炉的登录令牌（HTTP {{status}}）。',
  },
  'bootstrap.rebootTimeout': { en: 'The machine did not come back after rebooting.', zh: '机器重启后没有恢复。' },
  'bootstrap.sshUnreachable': {
    en: 'Cannot log in to {{host}} over SSH: {{reason}}',
    zh: '无法通过 SSH 登录 {{host}}：{{reason}}',
  },
  'bootstrap.hostKeyMismatch': {
    en: 'The SSH host key of {{host}} changed ({{seen}}); refusing to log in.',
    zh: '{{host}} 的 SSH 主机密钥已改变（{{seen}}），拒绝登录。',
  },
  'bootstrap.noHostKeyPin': {
    en: 'Danlu has no pinned host key for {{host}}, so it will not log in there: a machine it cannot recognise could be anyone. Release this session and launch again.',
    zh: '丹炉没有为 {{host}} 固定主机密钥，因此不会登录：无法识别的机器可能是任何人。请释放此会话后重新创建。',
  },
  'bootstrap.hostKeyRotationFailed': {
    en: 'The machine could not replace the SSH host key it got at creation: {{reason}}',
    zh: '机器未能替换创建时获得的 SSH 主机密钥：{{reason}}',
  },
} satisfies Words<'bootstrap'>;
