import { join } from 'node:path';
import { app, Menu, type MenuItemConstructorOptions, nativeImage, Tray } from 'electron';
import type { Language } from '../../shared/contract';
import { type TrayAction, type TrayModel, type TrayState, trayModel } from '../tray/tray-model';

/** Renders the pure tray model into the system tray. */
export class AppTray {
  private readonly tray: Tray;

  constructor(
    private readonly assetsDir: string,
    private readonly onAction: (action: TrayAction) => void,
  ) {
    this.tray = new Tray(this.icon('idle'));
  }

  render(state: TrayState, lang: Language): TrayModel {
    const model = trayModel(state, lang);
    this.tray.setImage(this.icon(model.icon));
    this.tray.setToolTip(model.tooltip);
    if (process.platform === 'darwin') this.tray.setTitle(model.title);
    const template: MenuItemConstructorOptions[] = model.items.map((item) => {
      if (item.kind === 'separator') return { type: 'separator' };
      if (item.kind === 'status') return { label: item.label, enabled: false };
      return { label: item.label, enabled: item.enabled, click: () => this.onAction(item.action) };
    });
    this.tray.setContextMenu(Menu.buildFromTemplate(template));
    return model;
  }

  destroy(): void {
    this.tray.destroy();
  }

  private icon(name: TrayModel['icon']) {
    // macOS wants monochrome "Template" images it can tint; other systems get colour PNGs.
    const file = process.platform === 'darwin' ? `tray-${name}Template.png` : `tray-${name}.png`;
    const image = nativeImage.createFromPath(join(this.assetsDir, 'tray', file));
    if (process.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }
}

export const quitApp = () => app.quit();
