import type { Words } from './table';

/** GPU use at a glance: the Session page's panel and chart, and the tray's tooltip. */
export const gpuWords = {
  'gpu.title': { en: 'GPU use', zh: 'GPU 使用情况' },
  'gpu.state.starting': { en: 'Reading the GPUs…', zh: '正在读取 GPU…' },
  'gpu.state.noGpu': { en: 'This machine has no GPU.', zh: '这台机器没有 GPU。' },
  'gpu.state.noDriver': {
    en: 'nvidia-smi does not answer: the NVIDIA driver is not loaded. The set-up log says more.',
    zh: 'nvidia-smi 没有响应：NVIDIA 驱动未加载。详情见配置日志。',
  },
  'gpu.state.lost': {
    en: 'Readings interrupted: reconnecting to the machine…',
    zh: '读数中断：正在重新连接机器…',
  },
  'gpu.demo': {
    en: 'Demo readings: made up by the built-in simulator, no GPU was measured.',
    zh: '演示读数：由内置模拟器生成，并未测量真实 GPU。',
  },
  'gpu.utilization': { en: 'Utilisation', zh: '利用率' },
  'gpu.memory': { en: 'Memory', zh: '显存' },
  'gpu.memoryOf': { en: '{{used}} of {{total}} GiB', zh: '{{used}} / {{total}} GiB' },
  'gpu.chartLabel': { en: 'GPU {{index}}', zh: 'GPU {{index}}' },
  'gpu.chartMemoryLabel': { en: 'GPU {{index}} memory', zh: 'GPU {{index}} 显存' },
  'gpu.chartNote': {
    en: 'The last {{minutes}} minutes, read every few seconds over the SSH connection.',
    zh: '最近 {{minutes}} 分钟，每隔几秒通过 SSH 连接读取一次。',
  },
  'gpu.tray.reading': { en: 'GPU {{list}}', zh: 'GPU {{list}}' },
  'gpu.tray.one': { en: '{{percent}} % · {{used}}/{{total}} GiB', zh: '{{percent}}% · {{used}}/{{total}} GiB' },
  'gpu.tray.noGpu': { en: 'no GPU on this machine', zh: '此机器没有 GPU' },
  'gpu.tray.noDriver': { en: 'GPU driver not answering', zh: 'GPU 驱动无响应' },
  'gpu.tray.lost': { en: 'GPU readings interrupted', zh: 'GPU 读数中断' },
} satisfies Words<'gpu'>;
