import type { Emit, Notice } from '../../shared/contract';
import type { SessionView } from '../../shared/session';
import type { Logger } from '../log/logger';
import { GpuMonitor } from './gpu/gpu-monitor';
import type { MachineLinks } from './machine/machine-links';
import { InstanceInbox } from './notify/instance-inbox';
import { instanceNotice } from './notify/instance-notice';

export interface MachineReadersDeps {
  /** The sessions of the cloud in use. */
  sessions: () => Promise<SessionView[]>;
  /** The sessions' pinned connections, shared with files and ports. */
  links: Pick<MachineLinks, 'reader'>;
  /** True in demo mode (the machines are stand-ins: their readings are made up). */
  demo: () => Promise<boolean>;
  emit: Emit;
  /** Gives a notice (the tray's notification, the window, the webhook). */
  notify: (notice: Notice) => void;
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  log: Logger;
  gpuIntervalSeconds?: number;
  notifyPollMs?: number;
}

/**
 * What Danlu reads from each running machine while its session is ready, over the session's one
 * SSH connection (the one files and ports use): the GPUs' readings and what danlu-notify spooled.
 * Follows the sessions: starts reading when one becomes ready, stops when it no longer is (the
 * connection itself closes with the session).
 */
export class MachineReaders {
  readonly gpu: GpuMonitor;
  private readonly inbox: InstanceInbox;
  /** Per session: the instance read and how to stop reading it. */
  private readonly reading = new Map<string, { instanceId: string; stop: AbortController }>();
  private names = new Map<string, string>();

  constructor(private readonly deps: MachineReadersDeps) {
    this.gpu = new GpuMonitor({
      links: deps.links,
      onUpdate: (update) => deps.emit('gpu.readings', update),
      now: deps.now,
      sleep: deps.sleep,
      log: deps.log,
      intervalSeconds: deps.gpuIntervalSeconds,
    });
    this.inbox = new InstanceInbox({
      links: deps.links,
      deliver: (sessionId, message) =>
        deps.notify(instanceNotice({ id: sessionId, name: this.names.get(sessionId) ?? sessionId }, message)),
      sleep: deps.sleep,
      log: deps.log,
      pollMs: deps.notifyPollMs,
    });
  }

  /** Starts reading each ready machine not read yet; stops reading those no longer ready. */
  async update(): Promise<void> {
    const sessions = await this.deps.sessions();
    const demo = await this.deps.demo().catch(() => false);
    // Nothing awaited from here on: two updates at once cannot both start a reader.
    const ready = sessions.filter((s) => s.phase === 'ready' && s.resources.instanceId && s.resources.publicIp);
    this.names = new Map(sessions.map((s) => [s.id, s.name]));
    for (const [id, read] of this.reading) {
      if (!ready.some((s) => s.id === id && s.resources.instanceId === read.instanceId)) this.stop(id);
    }
    for (const session of ready) {
      if (this.reading.has(session.id)) continue;
      const stop = new AbortController();
      this.reading.set(session.id, { instanceId: session.resources.instanceId as string, stop });
      void this.gpu.watch(session.id, demo, stop.signal);
      void this.inbox.watch(session.id, stop.signal);
    }
  }

  dispose(): void {
    for (const id of [...this.reading.keys()]) this.stop(id);
  }

  private stop(sessionId: string): void {
    this.reading.get(sessionId)?.stop.abort();
    this.reading.delete(sessionId);
  }
}
