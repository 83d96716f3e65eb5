import type { TrayItem, TrayModel } from '../../../src/main/desktop/tray-model';

const html = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function items(list: TrayItem[], open: boolean): string {
  return list
    .map((item) => {
      if (item.kind === 'separator') return '<li class="separator" role="separator"></li>';
      if (item.kind === 'status') return `<li class="status" aria-disabled="true">${html(item.label)}</li>`;
      if (item.kind === 'submenu') {
        const sub = open
          ? `<ul class="menu submenu" data-testid="tray-${item.id}">${items(item.items, open)}</ul>`
          : '';
        return `<li class="has-submenu" data-testid="tray-open-${item.id}">${html(item.label)}<span>▸</span>${sub}</li>`;
      }
      const state = item.enabled ? '' : ' aria-disabled="true"';
      return `<li class="action" role="menuitem" data-action="${item.action}"${state}>${html(item.label)}</li>`;
    })
    .join('');
}

/**
 * The tray's menu drawn the way the system lists it (its Help submenu open), with the last
 * notification beside it: the native menu cannot be shown in a browser, its model can. Clicking
 * an item calls `window.trayClick(action)`.
 */
export function trayMenuPage(model: TrayModel, notification?: { title: string; body: string }): string {
  const toast = notification
    ? `<div class="toast" data-testid="tray-notification"><strong>${html(notification.title)}</strong><p>${html(notification.body)}</p></div>`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 14px system-ui, "Noto Sans CJK SC", sans-serif; background: #3b4252; margin: 0; padding: 24px; height: 480px; }
    .bar { color: #eceff4; margin-bottom: 6px; } .bar b { background: #5e81ac; padding: 2px 8px; border-radius: 4px; }
    .menu { list-style: none; margin: 0; padding: 4px 0; background: #fff; border-radius: 6px; width: 320px;
      box-shadow: 0 6px 20px rgba(0,0,0,.35); position: relative; }
    .menu li { padding: 5px 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .menu li.action:not([aria-disabled]):hover, .has-submenu { cursor: default; }
    .menu li.action:not([aria-disabled]):hover { background: #5e81ac; color: #fff; }
    .menu li[aria-disabled] { color: #9aa0a6; }
    .menu li.status { color: #555; font-size: 13px; white-space: normal; }
    .separator { border-top: 1px solid #e5e5e5; margin: 4px 0; padding: 0 !important; }
    .has-submenu { display: flex; justify-content: space-between; background: #e8eef6; overflow: visible !important; }
    .submenu { position: absolute; left: 316px; top: -4px; width: 280px; }
    .toast { position: absolute; right: 24px; top: 24px; width: 340px; background: #fff; border-radius: 8px; padding: 12px 14px;
      box-shadow: 0 6px 20px rgba(0,0,0,.35); } .toast p { margin: 4px 0 0; color: #333; }
  </style></head><body>
    <div class="bar"><b translate="no">${html(model.title || '丹')}</b> ${html(model.tooltip)}</div>
    <ul class="menu" data-testid="tray-menu">${items(model.items, true)}</ul>${toast}
    <script>document.addEventListener('click', (e) => {
      const li = e.target.closest('li.action:not([aria-disabled])');
      if (li) window.trayClick(li.dataset.action);
    });</script>
  </body></html>`;
}
