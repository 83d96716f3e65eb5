import { describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/clock';
import { hostKeySha256, makeHostKey } from './host-key';
import { hostKeyStep } from './host-key-rotation';
import { rebootAndReconnect } from './reboot';
import type { ExecResult, RemoteShell, SshConnector, SshTarget } from './ssh-runner';
import { runSteps, type Step, type StepContext } from './step-runner';
import { STEP_NEEDS, STEP_TITLES } from './steps';
import type { HostKeyChange } from './types';

/** A machine booted with the UserData key that can make one of its own, reboot, and be logged in to. */
function fakeMachine() {
  // Public lines as the machine prints them (type and key, no comment).
  const line = (key: ReturnType<typeof makeHostKey>) => ({
    ...key,
    publicKey: key.publicKey.split(' ').slice(0, 2).join(' '),
  });
  const userData = line(makeHostKey());
  const own = line(makeHostKey());
  const m = { served: userData.publicKey, boot: 1, logins: [] as string[], activated: 0 };
  const ok = (stdout = ''): ExecResult => ({ code: 0, stdout, stderr: '' });
  const connector: SshConnector = {
    async connect(target: SshTarget) {
      const presented = hostKeySha256(m.served);
      m.logins.push(target.hostKeySha256);
      if (target.hostKeySha256 !== presented && target.nextHostKeySha256 !== presented) {
        throw new Error(`host key mismatch: ${presented}`);
      }
      const shell = {
        hostKeySha256: presented,
        async exec(command: string) {
          if (command.endsWith('host-key.sh stage')) {
            const kind = m.served === own.publicKey ? 'current_host_key' : 'next_host_key';
            return ok(`danlu:${kind}=${own.publicKey}\n`);
          }
          if (command.endsWith('host-key.sh activate')) {
            m.activated++;
            m.served = own.publicKey;
            return ok();
          }
          if (command.includes('boot_id')) return ok(`boot-${m.boot}\n`);
          if (command === 'systemctl reboot') m.boot++;
          return ok();
        },
        async upload() {},
        close() {},
      };
      return shell as unknown as RemoteShell;
    },
  };
  return { m, connector, userData, own };
}

/** The login pass (connect, then host-key) and, after it, a step that asks for one reboot. */
async function bootstrapLike(machine: ReturnType<typeof fakeMachine>, pin: string, next?: string) {
  const target: SshTarget = {
    host: '192.0.2.10',
    privateKey: 'k',
    hostKeySha256: pin,
    hostKeyType: 'ssh-ed25519',
    ...(next ? { nextHostKeySha256: next } : {}),
  };
  const changes: HostKeyChange[] = [];
  const order: string[] = [];
  const connect: Step = {
    id: 'connect',
    title: STEP_TITLES.connect,
    timeoutMs: 5000,
    check: async (ctx) => {
      ctx.shell = await machine.connector.connect(target, { timeoutMs: 1000 });
      return true;
    },
    apply: async () => 'done',
  };
  const rotation = hostKeyStep({
    connector: machine.connector,
    target,
    timeoutMs: 1000,
    onHostKey: (change) => {
      // Kept before the machine serves it: "next" always comes while the old key is served.
      order.push(`${change.state}:${machine.m.served === change.publicKey ? 'served' : 'not served'}`);
      changes.push(change);
    },
  });
  let rebooted = false;
  const driver: Step = {
    id: 'nvidia',
    title: STEP_TITLES.nvidia,
    timeoutMs: 5000,
    check: async () => rebooted,
    apply: async () => {
      rebooted = true;
      return 'reboot';
    },
  };
  const base = { shell: undefined as unknown as RemoteShell, facts: new Map<string, string>() };
  const deps = {
    clock: systemClock,
    reboot: (ctx: StepContext) =>
      rebootAndReconnect(ctx, { connector: machine.connector, clock: systemClock, target, timeoutMs: 5000 }),
  };
  const first = await runSteps([connect, rotation], base, undefined, deps);
  const rest = await runSteps([driver], base, undefined, deps);
  return { first, rest, changes, order, served: base.shell.hostKeySha256 };
}

describe('the host-key step', () => {
  it('comes right after the first login, and the remote steps after it', () => {
    expect(STEP_NEEDS['host-key']).toEqual(['connect']);
    expect(hostKeyStep({ connector: fakeMachine().connector, target: {} as SshTarget, timeoutMs: 1 }).after).toEqual([
      'connect',
    ]);
  });

  it('keeps the new key before the machine serves it, and every later login (a reboot) pins only that key', async () => {
    const machine = fakeMachine();
    const run = await bootstrapLike(machine, machine.userData.sha256);
    expect(run.first.changed).toEqual(['host-key']);
    expect(run.order).toEqual(['next:not served', 'current:served']);
    expect(run.changes.map((c) => c.publicKey)).toEqual([machine.own.publicKey, machine.own.publicKey]);
    expect(run.rest.reboots).toBe(1);
    // The first login trusted the UserData key; the login after the switch and the reboot's, the new one.
    expect(machine.m.logins).toEqual([machine.userData.sha256, machine.own.sha256, machine.own.sha256]);
    expect(run.served).toBe(machine.own.sha256);
  });

  it('changes nothing on a machine that already serves its own key', async () => {
    const machine = fakeMachine();
    await bootstrapLike(machine, machine.userData.sha256);
    const again = await bootstrapLike(machine, machine.own.sha256);
    expect(again.first.changed).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(machine.m.activated).toBe(1);
  });

  it('tells the journal the key a machine switched to when the switch outlived the run that asked for it', async () => {
    const machine = fakeMachine();
    machine.m.served = machine.own.publicKey;
    // The journal kept "next" before a crash cut the run that switched: that key is accepted once.
    const run = await bootstrapLike(machine, machine.userData.sha256, machine.own.sha256);
    expect(run.first.changed).toEqual([]);
    expect(run.changes).toEqual([{ state: 'current', publicKey: machine.own.publicKey }]);
    expect(machine.m.activated).toBe(0);
    // The reboot's login pinned the key served, and only that one.
    expect(machine.m.logins.at(-1)).toBe(machine.own.sha256);
  });

  it('refuses a machine serving another key than the one pinned, and changes nothing on it', async () => {
    const machine = fakeMachine();
    machine.m.served = machine.own.publicKey;
    const run = await bootstrapLike(machine, machine.userData.sha256).catch((e: unknown) => e);
    expect(String(run)).toMatch(/host key mismatch/);
    expect(machine.m.activated).toBe(0);
  });
});
