import type { Message } from '../../shared/words/message';
import type { Step, StepContext } from './step-runner';
import type { StepId } from './types';

/** Where the step scripts live on the instance. */
export const REMOTE_SCRIPT_DIR = '/var/lib/danlu/bootstrap';
/**
 * One run of a step at a time on a machine, even when a dropped connection left its script
 * running; different steps have different locks, so they can run side by side.
 */
const remoteLock = (id: StepId) => `/run/danlu-bootstrap-${id}.lock`;
const EXIT_PENDING = 1;
const EXIT_REBOOT = 100;
const FACT_LINE = /^danlu:([a-z0-9_]+)=(.*)$/;

/** Quotes a value for a POSIX shell command line. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface RemoteStepDefinition {
  id: StepId;
  title: Message;
  /** File name in the bootstrap scripts folder. */
  script: string;
  /** Settings (never secrets: they are visible in the process list). */
  env?: Record<string, string>;
  /** Secrets, given on standard input to both check and apply. */
  stdin?: () => string;
  timeoutMs: number;
}

/** A step carried out by one of the uploaded scripts: `script check` / `script apply`. */
export function remoteScriptStep(def: RemoteStepDefinition): Step {
  const run = async (ctx: StepContext, mode: 'check' | 'apply') => {
    const env = Object.entries(def.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const command = [
      'env',
      ...env,
      'flock',
      '-w',
      '900',
      remoteLock(def.id),
      'bash',
      `${REMOTE_SCRIPT_DIR}/${def.script}`,
      mode,
    ];
    const result = await ctx.shell.exec(command.join(' '), {
      stdin: def.stdin?.() ?? '',
      signal: ctx.signal,
      onLine: (line) => {
        const fact = FACT_LINE.exec(line);
        if (fact) ctx.facts.set(fact[1] as string, fact[2] as string);
        ctx.onLine(line);
      },
    });
    return result;
  };
  const failure = (mode: string, code: number, stderr: string) => {
    const reason = stderr
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ')
      .replace(/^error: /, '');
    return new Error(`${def.script} ${mode} exited with ${code}${reason ? `: ${reason}` : ''}`);
  };
  return {
    id: def.id,
    title: def.title,
    timeoutMs: def.timeoutMs,
    async check(ctx) {
      const { code, stderr } = await run(ctx, 'check');
      if (code === 0) return true;
      if (code === EXIT_PENDING) return false;
      throw failure('check', code, stderr);
    },
    async apply(ctx) {
      const { code, stderr } = await run(ctx, 'apply');
      if (code === 0) return 'done';
      if (code === EXIT_REBOOT) return 'reboot';
      throw failure('apply', code, stderr);
    },
  };
}
