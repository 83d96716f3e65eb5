import type { Language, UpdateStatus } from '../../shared/contract';
import { msg, renderMessage } from '../../shared/words/message';
import type { DesktopPorts, DesktopSources } from './ports';

/**
 * "Restart now / Later", asked once per downloaded version, and only when no launch, release or
 * transfer runs (the update controller says what waits). Later means: installed when Danlu quits.
 */
export class UpdateOffer {
  private asked = new Set<string>();

  constructor(
    private readonly ports: DesktopPorts,
    private readonly sources: DesktopSources,
    private readonly language: () => Language,
  ) {}

  /** A new update status: asks when one is ready to offer. Resolves once answered (or not asked). */
  async consider(status: UpdateStatus): Promise<void> {
    const version = status.next?.version;
    if (status.phase !== 'ready' || status.waitingFor || !version || this.asked.has(version)) return;
    this.asked.add(version);
    const lang = this.language();
    const say = (message: ReturnType<typeof msg>) => renderMessage(message, lang);
    let restart: boolean;
    try {
      restart = await this.ports.dialogs.askRestart({
        message: say(msg('update.readyTitle', { version })),
        detail: say(msg('update.readyBody')),
        restart: say(msg('update.restartNow')),
        later: say(msg('update.later')),
      });
    } catch (error) {
      this.sources.log.warn('could not ask about restarting into the new version', { error });
      return;
    }
    if (!restart) return;
    // Work may have started while the question was open: then it waits, and is offered again.
    await this.sources.updates.restart().catch((error: unknown) => {
      this.asked.delete(version);
      this.sources.log.info('restart into the new version deferred', { error });
    });
  }
}
