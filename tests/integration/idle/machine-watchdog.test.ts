import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

// The watchdog on the machine (danlu-idle-check), run as the timer runs it, with the machine's
// commands stood in for: Jupyter answers what each case needs, and a power-off is written down.
const SCRIPT = resolve('assets/bootstrap/danlu-idle-check');
const WINDOW_S = 1800;
let root: string;

function stub(name: string, body: string): void {
  const path = join(root, 'bin', name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'danlu-idle-'));
  for (const dir of ['bin', 'etc/danlu', 'jupyter']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'etc/danlu/idle.env'), `DANLU_IDLE_SECONDS=${WINDOW_S}\nDANLU_IDLE_GPU_PERCENT=10\n`);
  writeFileSync(join(root, 'etc/danlu/notebook.env'), 'JUPYTER_TOKEN=t0k3n\nDANLU_NOTEBOOK_PORT=8888\n');
  stub('ss', 'exit 0');
  stub('mountpoint', 'exit 1');
  stub('logger', 'exit 0');
  stub('systemctl', `echo "$*" >> "${root}/powered-off"`);
  // The URL is curl's last argument; the answer is the file named after its path.
  stub(
    'curl',
    `for a; do url=$a; done; echo "$url" >> "${root}/asked"; path=\${url%%\\?*}; cat "${root}/jupyter/$(basename "$path")" 2>/dev/null || exit 22`,
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

function jupyter(status: object | string, kernels: object[] | string): void {
  const text = (value: object | string) => (typeof value === 'string' ? value : JSON.stringify(value));
  writeFileSync(join(root, 'jupyter/status'), text(status));
  writeFileSync(join(root, 'jupyter/kernels'), text(kernels));
}

/** Runs the check once, after `idleFor` seconds of idleness already counted (none: a first look). */
function check(idleFor?: number): { out: string; poweredOff: boolean } {
  if (idleFor !== undefined) {
    mkdirSync(join(root, 'run/danlu'), { recursive: true });
    writeFileSync(join(root, 'run/danlu/idle-since'), `${Math.floor(Date.now() / 1000) - idleFor}\n`);
  }
  const run = spawnSync('bash', [SCRIPT], {
    env: { PATH: `${join(root, 'bin')}:/usr/bin:/bin`, DANLU_IDLE_ROOT: root },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return { out: run.stdout, poweredOff: existsSync(join(root, 'powered-off')) };
}

it('keeps a machine whose notebook terminal was used within the window, though no kernel ran', () => {
  // A long `pip install` in a Jupyter terminal: Jupyter's last activity moves, no kernel does.
  jupyter({ connections: 0, last_activity: ago(60) }, [{ execution_state: 'idle', last_activity: ago(7200) }]);
  const seen = check(WINDOW_S + 600);
  expect(seen.out).toMatch(/busy: notebook activity/);
  expect(seen.poweredOff).toBe(false);
  expect(existsSync(join(root, 'run/danlu/idle-since'))).toBe(false);
});

it("asks Jupyter without its looks counting as use (each request would otherwise move Jupyter's last activity)", () => {
  jupyter({ connections: 0, last_activity: ago(7200) }, []);
  check(60);
  const asked = readFileSync(join(root, 'asked'), 'utf8').trim().split('\n');
  expect(asked).toEqual([
    'https://127.0.0.1:8888/api/status?no_track_activity=1',
    'https://127.0.0.1:8888/api/kernels?no_track_activity=1',
  ]);
});

it('keeps a machine with a notebook page open, as the app does', () => {
  jupyter({ connections: 2, last_activity: ago(7200) }, []);
  const seen = check(WINDOW_S + 600);
  expect(seen.out).toMatch(/busy: 2 open notebook page/);
  expect(seen.poweredOff).toBe(false);
});

it('keeps a machine whose kernel runs code', () => {
  jupyter({ connections: 0, last_activity: ago(7200) }, [{ execution_state: 'busy', last_activity: ago(7200) }]);
  expect(check(WINDOW_S + 600)).toMatchObject({ poweredOff: false });
});

it('powers off once nothing happened for the whole window, and leaves a note saying why', () => {
  jupyter({ connections: 0, last_activity: ago(WINDOW_S + 60) }, [
    { execution_state: 'idle', last_activity: ago(7200) },
  ]);
  const first = check();
  expect(first.out).toMatch(/idle for 0s of 1800s/);
  expect(first.poweredOff).toBe(false);
  const later = check(WINDOW_S);
  expect(later.poweredOff).toBe(true);
  expect(readFileSync(join(root, 'powered-off'), 'utf8')).toBe('poweroff\n');
  expect(readFileSync(join(root, 'var/lib/danlu/idle-poweroff'), 'utf8')).toMatch(/idle for 18\d\ds: powered off/);
});

it('treats a Jupyter that answers garbage or nothing as no activity, never as a crash', () => {
  jupyter('{"connections": "many", "last_activity": 12', 'not json');
  expect(check(WINDOW_S)).toMatchObject({ poweredOff: true });
  rmSync(join(root, 'jupyter'), { recursive: true });
  rmSync(join(root, 'powered-off'));
  expect(check(WINDOW_S)).toMatchObject({ poweredOff: true });
});
