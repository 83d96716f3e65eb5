import { expect, type Page } from '@playwright/test';
import { englishSentences } from '../../support/english-text';

/** The text a person reads on the page, leaving out what is marked as not to be translated. */
export async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.closest('[translate="no"], code, pre, kbd, samp, script, style, .mono')) return true;
        if (e instanceof HTMLElement && getComputedStyle(e).display === 'none') return true;
      }
      return false;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement)) out.push(text);
    }
    // Labels people read that are not text nodes.
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      if (skip(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Fails when the page shows an English sentence (the page is expected in Chinese). */
export async function expectNoEnglish(page: Page, where: string) {
  const sentences = (await readableText(page)).flatMap(englishSentences);
  expect(sentences, `English on the Chinese page "${where}"`).toEqual([]);
}
