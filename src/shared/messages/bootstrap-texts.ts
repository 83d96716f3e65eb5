/** The bootstrap's steps as the session shows them (the same titles for a real machine and demo mode). */
export const bootstrapTexts = {
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
} as const;
