import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import { PROJECT } from '../../shared/project';
import type { InstallerPort, UpdaterPort } from '../desktop/updates/update-ports';
import type { Logger } from '../log/logger';
import { installFacts, updateUnavailable } from '../updater/install-kind';
import { updaterEngine } from '../updater/updater-engine';

/** electron-updater's updater for this install, as the update controller's two ports. */
export function appUpdater(log: Logger): { updater: UpdaterPort; installer: InstallerPort } {
  const unavailable = updateUnavailable({
    packaged: app.isPackaged,
    platform: process.platform,
    appImage: process.env.APPIMAGE,
    snap: process.env.SNAP,
    ...installFacts(process.resourcesPath),
  });
  const updater = updaterEngine({ updater: autoUpdater, github: PROJECT, unavailable, log });
  const installer: InstallerPort = {
    restartNow: () => {
      autoUpdater.autoRunAppAfterInstall = true;
      autoUpdater.quitAndInstall(true, true);
    },
    installOnQuit: () => {
      autoUpdater.autoRunAppAfterInstall = false;
      autoUpdater.quitAndInstall(true, false);
    },
  };
  return { updater, installer };
}
