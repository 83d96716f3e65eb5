import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortForward } from '../../../src/shared/ports';
import type { SessionView } from '../../../src/shared/session';
import { startWorkbenchHarness, type WorkbenchHarness } from '../../support/workbench-harness';

/** Whether anything accepts a TCP connection at host:port. */
const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('ports of the instance reach this computer through the pinned SSH connection only', () => {
  let h: WorkbenchHarness;
  let rulesBefore: string[];

  beforeAll(async () => {
    h = await startWorkbenchHarness();
    rulesBefore = await h.rules();
  }, 60_000);
  afterAll(() => h?.close());

  it('forwards an HTTP server of the instance to 127.0.0.1 only, with the security group unchanged', async () => {
    const port = await h.serve('http', 'tensorboard says hi');
    const fwd = await h.c.call<PortForward>('ports.open', { sessionId: h.session.id, remotePort: port });
    expect(fwd).toMatchObject({ sessionId: h.session.id, remotePort: port, serves: 'http' });
    expect(fwd.url).toBe(`http://127.0.0.1:${fwd.localPort}/`);
    expect(await (await fetch(fwd.url)).text()).toBe('tensorboard says hi');
    // Bound to the loopback address itself: another address of this computer finds nothing there.
    expect(await accepts('127.0.0.2', fwd.localPort)).toBe(false);
    expect(h.host.machine(h.session.resources.instanceId as string).forwards).toContain(port);
    expect(await h.rules()).toEqual(rulesBefore);
    expect(await h.c.call<PortForward[]>('ports.list', { sessionId: h.session.id })).toEqual([
      expect.objectContaining({ id: fwd.id, localPort: fwd.localPort }),
    ]);
    // Asking again for the same port gives the same forward.
    expect((await h.c.call<PortForward>('ports.open', { sessionId: h.session.id, remotePort: port })).id).toBe(fwd.id);
  });

  it('keeps working when the SSH connection drops and comes back', async () => {
    const port = await h.serve('http', 'still here');
    const fwd = await h.c.call<PortForward>('ports.open', { sessionId: h.session.id, remotePort: port });
    const machine = h.host.machine(h.session.resources.instanceId as string);
    const logins = machine.logins.length;
    machine.cut();
    // At once: the app may not know yet that the connection is gone.
    expect(await (await fetch(fwd.url)).text()).toBe('still here');
    expect(machine.logins.length).toBe(logins + 1);
    expect(machine.logins.at(-1)).toBe('ml');
  });

  it('says what serves HTTPS: the notebook certificate Danlu pinned, or one it will not trust, or nothing yet', async () => {
    const pinned = await h.c.call<PortForward>('ports.open', {
      sessionId: h.session.id,
      remotePort: await h.serve('https-notebook', 'notebook'),
    });
    expect(pinned.serves).toBe('https-pinned');
    expect(pinned.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(pinned.fingerprint256).toBe(h.session.notebook?.fingerprint256);
    const other = await h.c.call<PortForward>('ports.open', {
      sessionId: h.session.id,
      remotePort: await h.serve('https-other', 'other'),
    });
    expect(other.serves).toBe('https-unknown');
    expect(other.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(other.fingerprint256).not.toBe(pinned.fingerprint256);
    // Only the pinned one is shown in Danlu's window (none here: no desktop app), never the other.
    expect(await h.c.call('ports.visit', { id: pinned.id })).toEqual({ opened: false, url: pinned.url });
    const shown: unknown[] = [];
    const { portsHandlers } = await import('../../../src/main/api/handlers/ports');
    const desktop = portsHandlers(h.c.runtime.services.ports, async (page) => {
      shown.push(page);
      return true;
    });
    expect(await desktop['ports.visit']({ id: pinned.id }, { transport: 'ipc' })).toEqual({
      opened: true,
      url: pinned.url,
    });
    expect(await desktop['ports.visit']({ id: other.id }, { transport: 'ipc' })).toEqual({
      opened: false,
      url: other.url,
    });
    expect(shown).toEqual([expect.objectContaining({ url: pinned.url, fingerprint256: pinned.fingerprint256 })]);
    // A port nothing listens on yet: the forward opens, and says so.
    const free = await h.serve('http', 'x');
    const idle = await h.c.call<PortForward>('ports.open', { sessionId: h.session.id, remotePort: 1 });
    expect(idle.serves).toBe('nothing');
    expect(idle.localPort).not.toBe(1);
    expect(free).toBeGreaterThan(0);
  });

  it('refuses SSH itself, ports out of range and a local port already taken, in both languages', async () => {
    await expect(h.c.call('ports.open', { sessionId: h.session.id, remotePort: 22 })).rejects.toMatchObject({
      code: 'ports.sshRefused',
      zh: expect.stringContaining('22'),
    });
    for (const remotePort of [0, 65536, 1.5]) {
      await expect(h.c.call('ports.open', { sessionId: h.session.id, remotePort })).rejects.toMatchObject({
        code: 'invalid_input',
        zh: expect.stringContaining('1 到 65535'),
      });
    }
    const taken = (await h.c.call<PortForward[]>('ports.list'))[0] as PortForward;
    await expect(
      h.c.call('ports.open', { sessionId: h.session.id, remotePort: 7860, localPort: taken.localPort }),
    ).rejects.toMatchObject({ code: 'ports.localTaken', zh: expect.stringContaining(String(taken.localPort)) });
  });

  it('closes a forward on request, and every forward with its session', async () => {
    const [first, ...rest] = await h.c.call<PortForward[]>('ports.list');
    const left = await h.c.call<PortForward[]>('ports.close', { id: (first as PortForward).id });
    expect(left.map((f) => f.id)).toEqual(rest.map((f) => f.id));
    expect(await accepts('127.0.0.1', (first as PortForward).localPort)).toBe(false);
    await expect(h.c.call('ports.close', { id: (first as PortForward).id })).rejects.toMatchObject({
      code: 'ports.notOpen',
    });

    await h.c.call<SessionView>('sessions.stop', { id: h.session.id });
    await h.c.until(h.session.id, ['stopped']);
    expect(await h.c.call<PortForward[]>('ports.list')).toEqual([]);
    for (const f of rest) expect(await accepts('127.0.0.1', f.localPort)).toBe(false);
    await expect(h.c.call('ports.open', { sessionId: h.session.id, remotePort: 6006 })).rejects.toMatchObject({
      code: 'machine-link.notReady',
    });
    expect(await h.rules()).toEqual(rulesBefore);
  });
});
