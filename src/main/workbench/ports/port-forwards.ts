import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../shared/clock';
import { AppError } from '../../../shared/errors';
import { type PinnedPage, type PortForward, WELL_KNOWN_PORTS } from '../../../shared/ports';
import type { SessionView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { Logger } from '../../log/logger';
import type { MachineLinks } from '../machine/machine-links';
import { LOOPBACK, LoopbackForward } from './loopback-forward';
import { probePort } from './port-probe';

export interface PortForwardsOptions {
  links: MachineLinks;
  sessions: { get(id: string): SessionView | Promise<SessionView> };
  clock: Clock;
  log: Logger;
  /** Every open forward, after each change. */
  onChange: (forwards: PortForward[]) => void;
}

interface Open {
  view: PortForward;
  listener: LoopbackForward;
}

/**
 * "Open a port": forwards of the instance's ports to 127.0.0.1 here, over the session's pinned
 * SSH connection (nothing opened in the security group). They close with the session and survive
 * the connection dropping and coming back.
 */
export class PortForwards {
  private readonly open = new Map<string, Open>();

  constructor(private readonly options: PortForwardsOptions) {}

  list(sessionId?: string): PortForward[] {
    return [...this.open.values()]
      .map((o) => ({ ...o.view, connections: o.listener.connections }))
      .filter((v) => !sessionId || v.sessionId === sessionId);
  }

  async openPort(sessionId: string, remotePort: number, localPort?: number): Promise<PortForward> {
    if (remotePort === 22) throw new AppError(msg('ports.sshRefused'), { code: 'ports.sshRefused' });
    const same = this.list(sessionId).find((f) => f.remotePort === remotePort);
    if (same) return same;
    // Reaching the machine first: a session without one is refused before anything listens.
    const link = await this.options.links.link(sessionId);
    const session = await this.options.sessions.get(sessionId);
    const { links } = this.options;
    const reach = async () => {
      try {
        return await (await links.link(sessionId)).forwardOut(remotePort);
      } catch (error) {
        // The machine refused the port: nothing to retry. Otherwise the connection had dropped
        // and is not yet known gone: a fresh one carries this visitor.
        if (/open failure/i.test(String(error))) throw error;
        links.drop(sessionId);
        return (await links.link(sessionId)).forwardOut(remotePort);
      }
    };
    const listener = await this.listen(localPort, remotePort, reach);
    const probe = await probePort(() => link.forwardOut(remotePort), session.notebook?.fingerprint256);
    const id = `fwd-${randomBytes(5).toString('hex')}`;
    const scheme = probe.serves.startsWith('https') ? 'https' : 'http';
    const view: PortForward = {
      id,
      sessionId,
      remotePort,
      localPort: listener.port,
      url: `${scheme}://${LOOPBACK}:${listener.port}/`,
      serves: probe.serves,
      ...(probe.fingerprint256 ? { fingerprint256: probe.fingerprint256 } : {}),
      ...labelOf(remotePort),
      openedAt: new Date(this.options.clock.now()).toISOString(),
      connections: 0,
    };
    this.open.set(id, { view, listener });
    this.options.log.info(`port ${remotePort} of session ${sessionId} forwarded to ${LOOPBACK}:${listener.port}`);
    this.changed();
    return this.list().find((f) => f.id === id) as PortForward;
  }

  /** A forward as Danlu's pinned window opens it; the fingerprint only when it serves the notebook's certificate. */
  async pinnedPage(id: string): Promise<Omit<PinnedPage, 'fingerprint256'> & { fingerprint256?: string }> {
    const found = this.open.get(id);
    if (!found) throw new AppError(msg('ports.notOpen'), { code: 'ports.notOpen' });
    const { view } = found;
    const session = await this.options.sessions.get(view.sessionId);
    return {
      sessionId: `${view.sessionId}:${view.remotePort}`,
      instanceId: `${session.resources.instanceId ?? view.sessionId}-${view.remotePort}`,
      title: `${session.name} — ${view.label ?? view.remotePort}`,
      url: view.url,
      ...(view.serves === 'https-pinned' && view.fingerprint256 ? { fingerprint256: view.fingerprint256 } : {}),
    };
  }

  async close(id: string): Promise<PortForward[]> {
    const found = this.open.get(id);
    if (!found) throw new AppError(msg('ports.notOpen'), { code: 'ports.notOpen' });
    this.open.delete(id);
    await found.listener.close();
    this.changed();
    return this.list();
  }

  /** Forwards close with their session: once it is no longer ready (stopping, released, reclaimed). */
  async sessionChanged(session: SessionView): Promise<void> {
    if (session.phase === 'ready') return;
    const ids = [...this.open.values()].filter((o) => o.view.sessionId === session.id).map((o) => o.view.id);
    for (const id of ids) await this.close(id).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    for (const { listener } of this.open.values()) await listener.close();
    this.open.clear();
  }

  private async listen(
    localPort: number | undefined,
    remotePort: number,
    reach: Parameters<typeof LoopbackForward.listen>[1],
  ) {
    const listen = (port: number) =>
      LoopbackForward.listen(
        port,
        reach,
        () => this.changed(),
        (error) => this.options.log.warn(`a connection to forwarded port ${remotePort} failed`, { error }),
      );
    if (localPort !== undefined) {
      return listen(localPort).catch((error: NodeJS.ErrnoException) => {
        throw new AppError(msg('ports.localTaken', { port: String(localPort), reason: error.code ?? error.message }), {
          code: 'ports.localTaken',
          fields: { localPort: msg('ports.localTakenShort') },
        });
      });
    }
    // The same number is easiest to remember; when it is taken (or privileged), any free one.
    if (remotePort >= 1024) {
      const same = await listen(remotePort).catch(() => undefined);
      if (same) return same;
    }
    return listen(0);
  }

  private changed(): void {
    this.options.onChange(this.list());
  }
}

function labelOf(port: number): { label?: string } {
  const known = WELL_KNOWN_PORTS.find((k) => k.port === port);
  return known ? { label: known.label } : {};
}
