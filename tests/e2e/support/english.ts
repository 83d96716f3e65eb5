import { expect, type Page } from '@playwright/test';

/**
 * Names that stay as they are in Chinese text: products, services and standard terms. Whatever
 * is an id, a command, a path or code is marked `translate="no"` (or is <code>/<pre>) in the
 * page and is not read at all.
 */
const KEPT = [
  'AppIndicator and KStatusNotifierItem Support',
  'AppIndicator',
  'Alibaba Cloud',
  'AccessKey ID',
  'AccessKey Secret',
  'AccessKey',
  'VS Code Remote-SSH',
  'Remote-SSH',
  'Jupyter',
  'Notebook',
  'NVIDIA',
  'Ubuntu',
  'Python',
  'HTTPS',
  'SSH',
  'Danlu',
  'RAM',
  'VPC',
  'GPU',
  'CPU',
  'vCPU',
  'AWS',
  'EC2',
  'ECS',
  'ESSD',
  'RequestId',
  'GiB',
];

const WORD = /^[A-Za-z][A-Za-z'’-]*[a-z][,.;:!?)]*$/;

/** Runs of three or more English words in a text: an English sentence where Chinese was due. */
export function englishSentences(text: string): string[] {
  let rest = text;
  for (const name of KEPT) rest = rest.replaceAll(name, ' · ');
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) found.push(run.join(' '));
    run = [];
  };
  for (const token of rest.split(/\s+/)) {
    if (WORD.test(token.replace(/^[("“]+/, ''))) run.push(token);
    else flush();
  }
  flush();
  return found;
}

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
