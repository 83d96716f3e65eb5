import { describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/clock';
import type { Notice } from '../../shared/contract';
import type { GpuUpdate } from '../../shared/gpu';
import type { SessionView } from '../../shared/session';
import type { ExecOptions, RemoteShell } from '../bootstrap/ssh-runner';
import { silentLogger } from '../log/logger';
import { MachineLinks } from './machine/machine-links';
import { MachineReaders } from './machine-readers';

/** A machine's shell as the readers use it: a GPU stream and a spool of danlu-notify messages. */
function fakeMachine(options: { gpuLines?: string[][]; noGpu?: boolean; failAck?: number; cutFirst?: boolean } = {}) {
  const spool = new Map<number, string>();
  let acksToFail = options.failAck ?? 0;
  let connections = 0;
  /** Ends the connection in use (as a dropped network would). */
  let lose = () => {};
  const shell: RemoteShell = {
    hostKeySha256: 'SHA256:test',
    async exec(command: string, exec: ExecOptions = {}) {
      if (command.includes('nvidia-smi')) {
        if (options.noGpu) {
          exec.onLine?.('danlu:gpu=none', 'stdout');
          return { code: 0, stdout: 'danlu:gpu=none\n', stderr: '' };
        }
        for (const sample of options.gpuLines ?? []) {
          for (const line of sample) exec.onLine?.(line, 'stdout');
          await systemClock.sleep(20);
        }
        if (options.cutFirst && connections === 1) {
          lose();
          throw new Error('Connection lost');
        }
        return new Promise((resolve) =>
          exec.signal?.addEventListener('abort', () => resolve({ code: 0, stdout: '', stderr: '' })),
        );
      }
      if (command === 'danlu-notify --pending') {
        const stdout = [...spool].map(([n, text]) => `${n} ${Buffer.from(text).toString('base64')}`).join('\n');
        return { code: 0, stdout, stderr: '' };
      }
      const ack = /^danlu-notify --ack ([\d ]+)$/.exec(command);
      if (ack) {
        if (acksToFail-- > 0) return { code: 1, stdout: '', stderr: 'disk full' };
        for (const n of (ack[1] as string).split(' ')) spool.delete(Number(n));
        return { code: 0, stdout: '', stderr: '' };
      }
      return { code: 127, stdout: '', stderr: 'not found' };
    },
    async upload() {},
    close() {},
  };
  return {
    spool,
    connections: () => connections,
    /** The SSH connector: each login is a new connection to the same machine, gone when it drops. */
    ssh: {
      connect: async () => {
        connections++;
        const gone = new Promise<void>((resolve) => {
          lose = resolve;
        });
        const refuse = () => Promise.reject(new Error('not used here'));
        return { ...shell, gone, sftp: refuse, forwardOut: refuse } as RemoteShell;
      },
    },
  };
}

const ready = (id: string): SessionView =>
  ({
    id,
    name: `lab-${id}`,
    phase: 'ready',
    resources: { instanceId: `i-${id}`, publicIp: '127.0.0.9' },
  }) as SessionView;

function readers(machine: ReturnType<typeof fakeMachine>, sessions: SessionView[]) {
  const updates: GpuUpdate[] = [];
  const notices: Notice[] = [];
  const list = { sessions };
  const links = new MachineLinks({
    sessions: {
      machine: async (id) => {
        const session = list.sessions.find((s) => s.id === id) as SessionView;
        const login = { host: '127.0.0.9', username: 'ml', privateKey: 'key', hostKeySha256: 'SHA256:test' };
        return { session, demo: false, ssh: machine.ssh, login };
      },
    },
    log: silentLogger,
  });
  const subject = new MachineReaders({
    sessions: async () => list.sessions,
    links,
    demo: async () => false,
    emit: (name, payload) => {
      if (name === 'gpu.readings') updates.push(payload as GpuUpdate);
    },
    notify: (notice) => notices.push(notice),
    now: () => Date.now(),
    sleep: (ms, signal) => systemClock.sleep(Math.min(ms, 30), signal),
    log: silentLogger,
    notifyPollMs: 30,
  });
  return { subject, updates, notices, list };
}

const until = async (check: () => boolean) => {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not in time');
    await systemClock.sleep(10);
  }
};

describe('reading a running machine', () => {
  it('reports each GPU sample, keeps the history and counts a busy GPU, over one connection', async () => {
    const machine = fakeMachine({
      gpuLines: [
        ['0, 5, 100, 15360, Tesla T4', '1, 0, 0, 15360, Tesla T4'],
        ['0, 95, 9000, 15360, Tesla T4', 'rm -rf /', '1, 90, 8000, 15360, Tesla T4'],
      ],
    });
    const { subject, updates } = readers(machine, [ready('ses-a')]);
    await subject.update();
    await until(() => subject.gpu.history('ses-a').samples.length === 2);
    const history = subject.gpu.history('ses-a');
    expect(history.state).toBe('reading');
    expect(history.samples.map((s) => s.gpus.map((g) => g.utilization))).toEqual([
      [5, 0],
      [95, 90],
    ]);
    expect(updates[0]).toMatchObject({ sessionId: 'ses-a', state: 'starting' });
    expect(updates.filter((u) => u.sample)).toHaveLength(2);
    expect(subject.gpu.busy('ses-a', 60_000)).toBe(true);
    expect(subject.gpu.busy('ses-other', 60_000)).toBe(false);
    expect(machine.connections()).toBe(1);
    subject.dispose();
  });

  it('says when the readings are cut, and reconnects', async () => {
    const machine = fakeMachine({ gpuLines: [['0, 50, 100, 15360, Tesla T4']], cutFirst: true });
    const { subject, updates } = readers(machine, [ready('ses-e')]);
    await subject.update();
    await until(() => machine.connections() === 2 && subject.gpu.history('ses-e').state === 'reading');
    expect(updates.map((u) => u.state)).toEqual(['starting', 'reading', 'lost', 'reading']);
    subject.dispose();
  });

  it('says a machine has no GPU', async () => {
    const { subject, updates } = readers(fakeMachine({ noGpu: true }), [ready('ses-b')]);
    await subject.update();
    await until(() => updates.some((u) => u.state === 'noGpu'));
    expect(subject.gpu.history('ses-b')).toMatchObject({ state: 'noGpu', samples: [] });
    expect(subject.gpu.busy('ses-b', 60_000)).toBe(false);
    subject.dispose();
  });

  it('delivers spooled messages in order, once, and removes them only after delivering', async () => {
    const machine = fakeMachine({ failAck: 1 });
    machine.spool.set(2, 'kind=done\nepoch 10\nloss 0.1');
    machine.spool.set(1, 'kind=message\nstarted');
    const { subject, notices } = readers(machine, [ready('ses-c')]);
    await subject.update();
    await until(() => machine.spool.size === 0);
    machine.spool.set(3, 'kind=failed\nCUDA out of memory');
    await until(() => notices.length === 3 && machine.spool.size === 0);
    // The first removal failed: the messages were listed again but not shown twice.
    expect(notices.map((n) => [n.title.en, n.body.en, n.level])).toEqual([
      ['From lab-ses-c', 'started', 'info'],
      ['Finished on lab-ses-c', 'epoch 10\nloss 0.1', 'info'],
      ['Failed on lab-ses-c', 'CUDA out of memory', 'error'],
    ]);
    expect(notices[0]).toMatchObject({ kind: 'instance', sessionId: 'ses-c' });
    subject.dispose();
  });

  it('stops reading a machine whose session no longer runs', async () => {
    const machine = fakeMachine();
    const { subject, notices, list } = readers(machine, [ready('ses-d')]);
    await subject.update();
    list.sessions = [{ ...ready('ses-d'), phase: 'stopped' }];
    await subject.update();
    machine.spool.set(1, 'kind=message\nlate');
    await systemClock.sleep(150);
    expect(notices).toEqual([]);
    expect(machine.spool.size).toBe(1);
  });
});
