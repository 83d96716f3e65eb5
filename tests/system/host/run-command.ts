import { spawn } from 'node:child_process';

export interface RunOptions {
  timeoutMs?: number;
  input?: string;
  onLine?: ((line: string) => void) | undefined;
  /** Exit codes that count as success (default: only 0). */
  okCodes?: number[];
}

/** Runs a command to completion and returns its stdout; rejects with its output on failure. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer, isOut: boolean) => {
      const text = chunk.toString();
      if (isOut) stdout += text;
      else stderr += text;
      if (!options.onLine) return;
      partial += text;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on('data', (c: Buffer) => onData(c, true));
    child.stderr.on('data', (c: Buffer) => onData(c, false));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (partial && options.onLine) options.onLine(partial);
      if (code !== null && (options.okCodes ?? [0]).includes(code)) resolve(stdout);
      else {
        const what = `${command} ${args.join(' ')}`.slice(0, 300);
        reject(new Error(`${what} failed (${signal ?? code}): ${stderr.trim().slice(-2000)}`));
      }
    });
    // A command that exits before reading its input must not crash the caller.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
