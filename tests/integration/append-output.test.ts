import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needShell } from '../support/platform';
import { appendOutput } from '../system/host/append-output';

describe("a booted machine's console log", () => {
  it('keeps what stderr says after stdout closed, with no error', async (context) => {
    const sh = needShell(context, 'a console log written by a program whose stdout closes first');
    const path = join(mkdtempSync(join(tmpdir(), 'danlu-console-')), 'console.log');
    const errors: Error[] = [];
    // stdout closes first; stderr goes on writing a moment later.
    const child = spawn(sh, ['-c', 'echo out; exec 1>&-; sleep 0.2; echo late >&2; echo later >&2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    appendOutput(child, path, (e) => errors.push(e));
    await new Promise((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).toEqual([]);
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toEqual(['out', 'late', 'later']);
  });
});
