import type { Page } from '@playwright/test';

/**
 * What a narrow window cuts or spills, measured rather than looked at: the page or a box that
 * scrolls sideways, text cut by its own box (scrollWidth beyond clientWidth), a table cell whose
 * content is wider than the cell, a control (button, field, badge) that sticks out of the box
 * that holds it (a card, a dialog, a cell, a notice) or out of the window, a choice box that
 * cuts its chosen option, and a notice lying over a control (drawn above it). Each problem is
 * named by the element, its text and the sizes.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"`;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
      }
      return true;
    };
    const root = document.scrollingElement as HTMLElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const all = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(visible);
    for (const el of all) {
      const style = getComputedStyle(el);
      const over = el.scrollWidth - el.clientWidth;
      if (over > 1 && ['auto', 'scroll'].includes(style.overflowX) && el.tagName !== 'PRE') {
        found.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      } else if (over > 1 && ['hidden', 'clip'].includes(style.overflowX) && el.clientWidth > 0) {
        found.push(`${name(el)} cuts its content: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    for (const cell of all.filter((el) => el.tagName === 'TD' || el.tagName === 'TH')) {
      if (cell.scrollWidth > cell.clientWidth + 1) {
        found.push(`${name(cell)} is wider than its cell: ${cell.scrollWidth} > ${cell.clientWidth}`);
      }
    }
    // A choice box shows its chosen option whole (the browser cuts it without a sign otherwise).
    const pen = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    for (const select of all.filter((el): el is HTMLSelectElement => el.tagName === 'SELECT')) {
      const text = select.selectedOptions[0]?.textContent ?? '';
      const style = getComputedStyle(select);
      pen.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The room for the text: the box less its padding and the drop-down arrow.
      const room =
        select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 16;
      const wide = pen.measureText(text).width;
      if (wide > room + 1)
        found.push(`${name(select)} cuts its chosen option: ${Math.round(wide)} > ${Math.round(room)}`);
    }
    const HOLDERS =
      '.card, .dialog, td, th, .notice, .figure, .glance-session, .empty, .warning-note, .error-note, .hint, .work-progress, .op-panel, .reclaim-banner, .demo-banner, .last-plan, .sidebar-inner, main.content';
    const controls = all.filter((el) => el.matches('button, input, select, textarea, .badge, a[href]'));
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      if (rect.right > window.innerWidth + 1 || rect.left < -1) {
        found.push(`${name(control)} is outside the window: ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      }
      if (control.tagName === 'BUTTON' && control.scrollWidth > control.clientWidth + 1) {
        found.push(`${name(control)} spills its label: ${control.scrollWidth} > ${control.clientWidth}`);
      }
      const holder = control.parentElement?.closest(HOLDERS);
      if (!holder) continue;
      const box = holder.getBoundingClientRect();
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        found.push(
          `${name(control)} sticks out of ${name(holder)}: ${Math.round(rect.left)}–${Math.round(rect.right)} beyond ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    // A notice never lies over a control of the page: where their boxes meet, what is drawn on
    // top (a dialog above the sidebar's notices is fine) must not be the notice.
    const noticeOnTop = (notice: Element, left: number, top: number, right: number, bottom: number) => {
      for (const fx of [0.1, 0.5, 0.9]) {
        for (const fy of [0.1, 0.5, 0.9]) {
          const hit = document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
          if (hit && notice.contains(hit)) return true;
        }
      }
      return false;
    };
    for (const notice of all.filter((el) => el.matches('.notice'))) {
      const n = notice.getBoundingClientRect();
      for (const control of controls) {
        if (notice.contains(control)) continue;
        const c = control.getBoundingClientRect();
        const [left, right] = [Math.max(c.left, n.left), Math.min(c.right, n.right)];
        const [top, bottom] = [Math.max(c.top, n.top), Math.min(c.bottom, n.bottom)];
        if (left < right && top < bottom && noticeOnTop(notice, left, top, right, bottom)) {
          found.push(`${name(notice)} covers ${name(control)}`);
        }
      }
    }
    return found;
  });
}
