import { join } from 'node:path';
import { Menu, type MenuItemConstructorOptions, type NativeImage, nativeImage, Tray } from 'electron';
import type { TrayAction, TrayItem, TrayModel } from '../desktop/tray-model';

/** Renders the pure tray model into the system tray. */
export class AppTray {
  private readonly tray: Tray;
  private last = '';
  private menu: Menu | null = null;
  private image: { file: string; image: NativeImage };

  constructor(
    private readonly assetsDir: string,
    private readonly onAction: (action: TrayAction) => void,
  ) {
    this.image = this.icon('idle');
    this.tray = new Tray(this.image.image);
  }

  render(model: TrayModel): void {
    // Rebuilding the native menu every second would flicker; only do it when something changed.
    const key = JSON.stringify(model);
    if (key === this.last) return;
    this.last = key;
    this.image = this.icon(model.icon);
    this.tray.setImage(this.image.image);
    this.tray.setToolTip(model.tooltip);
    if (process.platform === 'darwin') this.tray.setTitle(model.title);
    this.menu = Menu.buildFromTemplate(model.items.map((item) => this.menuItem(item, 'status')));
    this.tray.setContextMenu(this.menu);
  }

  /** One item; a submenu's status line is named after the submenu ("help-status"). */
  private menuItem(item: TrayItem, statusId: string): MenuItemConstructorOptions {
    if (item.kind === 'separator') return { type: 'separator' };
    if (item.kind === 'status') return { id: statusId, label: item.label, enabled: false };
    if (item.kind === 'submenu') {
      const submenu = item.items.map((i) => this.menuItem(i, `${item.id}-status`));
      return { id: item.id, label: item.label, submenu };
    }
    return { id: item.action, label: item.label, enabled: item.enabled, click: () => this.onAction(item.action) };
  }

  /** Electron's own objects as last set: the menu the tray holds and the image it shows (desktop specs read them). */
  native(): { tray: Tray; menu: Menu | null; icon: { file: string; image: NativeImage } } {
    return { tray: this.tray, menu: this.menu, icon: this.image };
  }

  destroy(): void {
    this.tray.destroy();
  }

  private icon(name: TrayModel['icon']) {
    // macOS wants monochrome "Template" images it can tint; other systems get colour PNGs.
    const file = process.platform === 'darwin' ? `tray-${name}Template.png` : `tray-${name}.png`;
    const image = nativeImage.createFromPath(join(this.assetsDir, 'tray', file));
    if (process.platform === 'darwin') image.setTemplateImage(true);
    return { file, image };
  }
}
