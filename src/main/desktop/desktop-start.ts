import type { Settings } from '../../shared/contract';
import { localize } from '../../shared/localized';
import { msg, renderMessage } from '../../shared/words/message';
import { toErrorInfo } from '../log/error-info';
import { HIDDEN_FLAG, linkInArgs, routeOfLink } from './deep-link';
import { loginItemChange } from './login-item';
import type { DesktopPorts, DesktopSources } from './ports';

/** Shows a system notification; clicking it shows the window (on `route`), or does what `onClick` says. */
export type Tell = (
  notification: { title: string; body: string; urgent: boolean },
  onClick: string | (() => void),
) => void;

/**
 * How Danlu comes up and is reached: its start (to the tray when at login, never invisibly where
 * the desktop shows no tray), a second start handing over its arguments, danlu:// links, and
 * starting at login the way each system does it.
 */
export class DesktopStart {
  /** Start at login as last applied to the system (undefined: not yet this run). */
  private loginApplied: boolean | undefined;

  constructor(
    private readonly ports: DesktopPorts,
    private readonly sources: DesktopSources,
    private readonly tell: Tell,
  ) {}

  async launched(start: { argv: readonly string[]; openedAtLogin?: boolean }): Promise<void> {
    const atLogin = start.openedAtLogin === true || start.argv.includes(HIDDEN_FLAG);
    const link = linkInArgs(start.argv);
    if (!atLogin) this.ports.windows.showMain(link ? (routeOfLink(link) ?? '') : '');
    const tray = await this.sources.trayHost().catch(() => 'unknown' as const);
    if (tray === 'missing') {
      this.ports.windows.keepVisible();
      if (atLogin) this.ports.windows.showMain('');
      const lang = this.sources.language();
      const title = renderMessage(msg('desktop.noTray.title'), lang);
      this.tell({ title, body: renderMessage(msg('desktop.noTray.body'), lang), urgent: true }, '');
    }
    // Brought in line at every start: the program may have moved (an AppImage, a new install).
    if (this.sources.startAtLogin()) this.applyStartAtLogin(true);
  }

  secondInstance(argv: readonly string[]): void {
    const link = linkInArgs(argv);
    if (link) this.openLink(link);
    else this.ports.windows.showMain('');
  }

  openLink(link: string): void {
    const route = routeOfLink(link);
    if (route === null) this.sources.log.info('a link Danlu does not open', { link: link.slice(0, 80) });
    this.ports.windows.showMain(route ?? '');
  }

  /** The settings changed: starting at login follows its switch. */
  settingsChanged(settings: Pick<Settings, 'startAtLogin'>): void {
    if (settings.startAtLogin !== this.loginApplied) this.applyStartAtLogin(settings.startAtLogin);
  }

  applyStartAtLogin(enabled: boolean): void {
    try {
      this.ports.loginItem.apply(loginItemChange(this.sources.platform, enabled, this.sources.launchCommand));
      this.loginApplied = enabled;
    } catch (error) {
      this.sources.log.warn('could not change starting at login', { enabled, error });
      const info = toErrorInfo(error, this.sources.log, 'start at login');
      const lang = this.sources.language();
      const title = renderMessage(msg('tray.actionFailed'), lang);
      this.tell({ title, body: localize(info.text, lang), urgent: false }, '');
    }
  }
}
