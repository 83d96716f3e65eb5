import { describe, expect, it } from 'vitest';
import { remoteScriptStep, shellQuote } from './remote-step';
import type { ExecOptions, ExecResult, RemoteShell } from './ssh-runner';
import type { StepContext } from './step-runner';
import { STEP_TITLES } from './steps';

/** A shell that records commands and answers with scripted results. */
function fakeShell(answers: ExecResult[]) {
  const calls: { command: string; options: ExecOptions | undefined }[] = [];
  const shell = {
    hostKeySha256: 'SHA256:x',
    exec: async (command: string, options?: ExecOptions) => {
      calls.push({ command, options });
      const answer = answers.shift() ?? { code: 0, stdout: '', stderr: '' };
      for (const line of answer.stdout.split('\n').filter(Boolean)) options?.onLine?.(line, 'stdout');
      return answer;
    },
    upload: async () => {},
    close() {},
  } as RemoteShell;
  return { shell, calls };
}

const ctx = (shell: RemoteShell): StepContext => ({
  shell,
  facts: new Map(),
  signal: new AbortController().signal,
  onLine: () => {},
});

describe('remoteScriptStep', () => {
  it('quotes settings, keeps secrets on standard input, and takes a lock of its own', async () => {
    const { shell, calls } = fakeShell([{ code: 1, stdout: 'pending: x', stderr: '' }]);
    const step = remoteScriptStep({
      id: 'notebook',
      title: STEP_TITLES.nvidia,
      script: 'notebook.sh',
      env: { DANLU_X: "it's here" },
      stdin: () => 's3cret-password\n',
      timeoutMs: 1000,
    });
    expect(await step.check(ctx(shell))).toBe(false);
    expect(calls[0]?.command).toBe(
      `env DANLU_X='it'\\''s here' flock -w 900 /run/danlu-bootstrap-notebook.lock bash /var/lib/danlu/bootstrap/notebook.sh check`,
    );
    expect(calls[0]?.command).not.toContain('s3cret');
    expect(calls[0]?.options?.stdin).toBe('s3cret-password\n');
  });

  it('reads "danlu:key=value" facts, asks for a reboot on exit 100, and fails on other codes', async () => {
    const { shell } = fakeShell([
      { code: 0, stdout: 'danlu:gpu=none\nno GPU here', stderr: '' },
      { code: 100, stdout: '', stderr: '' },
      { code: 2, stdout: '', stderr: 'error: no disk with serial abc' },
    ]);
    const step = remoteScriptStep({ id: 'nvidia', title: STEP_TITLES.nvidia, script: 'nvidia.sh', timeoutMs: 1000 });
    const c = ctx(shell);
    expect(await step.check(c)).toBe(true);
    expect(c.facts.get('gpu')).toBe('none');
    expect(await step.apply(c)).toBe('reboot');
    await expect(step.apply(c)).rejects.toThrow('nvidia.sh apply exited with 2: no disk with serial abc');
  });

  it('quotes anything for the shell', () => {
    expect(shellQuote("a'b c$d")).toBe(`'a'\\''b c$d'`);
  });
});
