import { join } from 'node:path';
import { Menu, type MenuItemConstructorOptions, nativeImage, Tray } from 'electron';
import type { TrayAction, TrayModel } from '../desktop/tray-model';

/** Renders the pure tray model into the system tray. */
export class AppTray {
  private readonly tray: Tray;
  private last = '';

  constructor(
    private readonly assetsDir: string,
    private readonly onAction: (action: TrayAction) => void,
  ) {
    this.tray = new Tray(this.icon('idle'));
  }

  render(model: TrayModel): void {
    // Rebuilding the native menu every second would flicker; only do it when something changed.
    const key = JSON.stringify(model);
    if (key === this.last) return;
    this.last = key;
    this.tray.setImage(this.icon(model.icon));
    this.tray.setToolTip(model.tooltip);
    if (process.platform === 'darwin') this.tray.setTitle(model.title);
    const template: MenuItemConstructorOptions[] = model.items.map((item) => {
      if (item.kind === 'separator') return { type: 'separator' };
      if (item.kind === 'status') return { label: item.label, enabled: false };
      return { label: item.label, enabled: item.enabled, click: () => this.onAction(item.action) };
    });
    this.tray.setContextMenu(Menu.buildFromTemplate(template));
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
