import type { ExecOptions, ExecResult } from '../bootstrap/ssh-runner';

/**
 * nvidia-smi on a demo machine (a record in the built-in simulator, no GPU behind it): one made-up
 * T4 whose load rises and falls, printed every `-l` seconds until the channel is closed, so the
 * Session page shows what readings look like. The window marks them as demo readings.
 */
export function demoNvidiaSmi(command: string, options: ExecOptions): Promise<ExecResult> {
  const every = Number(/ -l (\d+)/.exec(command)?.[1] ?? 5) * 1000;
  const started = Date.now();
  const line = () => {
    const t = (Date.now() - started) / 1000;
    const load = Math.round(55 + 40 * Math.sin(t / 20));
    const used = Math.round(6000 + 50 * load);
    return `0, ${load}, ${used}, 15360, Tesla T4`;
  };
  return new Promise((resolve) => {
    const print = () => options.onLine?.(line(), 'stdout');
    print();
    const timer = setInterval(print, every);
    const end = () => {
      clearInterval(timer);
      resolve({ code: 0, stdout: '', stderr: '' });
    };
    if (options.signal?.aborted) end();
    options.signal?.addEventListener('abort', end, { once: true });
  });
}
