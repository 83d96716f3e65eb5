import { app } from 'electron';
import { applyAutostart } from '../desktop/autostart-file';
import type { LoginItemPort } from '../desktop/ports';

/** macOS and Windows keep login items themselves; Linux desktops read the autostart folder. */
export function appLoginItem(autostartDir: string): LoginItemPort {
  return {
    apply(change) {
      if (change.kind === 'autostart') applyAutostart(autostartDir, change.entry);
      else app.setLoginItemSettings({ openAtLogin: change.openAtLogin, args: change.args });
    },
  };
}
