import type { Language } from '../../shared/contract';
import { localize } from '../../shared/localized';
import { type Message, msg, renderMessage } from '../../shared/words/message';
import type { DesktopPorts, DesktopSources } from './ports';
import { isExternalLink } from './url-policy';

/** A notification with what clicking it does. */
export interface HelpNotice {
  notification: { title: string; body: string; urgent: boolean };
  onClick?: () => void;
}

/**
 * The Help menu's actions. Each returns what to tell the person (null: nothing to add), so the
 * tray says the result of an action started from the tray, where no window may be open.
 */
export function helpActions(ports: DesktopPorts, sources: DesktopSources, language: () => Language) {
  const say = (message: Message) => renderMessage(message, language());
  return {
    async checkUpdates(): Promise<HelpNotice | null> {
      const status = await sources.updates.check();
      if (status.error) {
        return {
          notification: {
            title: say(msg('update.failedTitle')),
            body: localize(status.error.text, language()),
            urgent: false,
          },
        };
      }
      if (status.phase === 'downloading' && status.next) {
        const version = status.next.version;
        return {
          notification: {
            title: say(msg('update.downloadingTitle', { version })),
            body: say(msg('update.downloadingBody')),
            urgent: false,
          },
        };
      }
      if (status.phase === 'idle') {
        return {
          notification: {
            title: say(msg('update.upToDateTitle')),
            body: say(msg('update.upToDateBody', { version: status.current })),
            urgent: false,
          },
        };
      }
      return null;
    },

    async restartToUpdate(): Promise<HelpNotice | null> {
      await sources.updates.restart();
      return null;
    },

    async exportDiagnostics(): Promise<HelpNotice | null> {
      const result = await sources.diagnostics.export();
      if (!result.saved) return null;
      return {
        notification: {
          title: say(msg('desktop.diagnostics.savedTitle')),
          body: say(msg('desktop.diagnostics.savedBody', { path: result.path })),
          urgent: false,
        },
        onClick: () => ports.external.showItem(result.path),
      };
    },

    async reportProblem(): Promise<HelpNotice | null> {
      const url = await sources.diagnostics.reportUrl();
      // Only ever a link for the browser: https, no credentials in it.
      if (isExternalLink(url)) ports.external.openExternal(url);
      return null;
    },
  };
}
