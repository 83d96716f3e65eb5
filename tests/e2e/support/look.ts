import type { Page } from '@playwright/test';
import { snapshot } from '../fixtures';
import { expectNoEnglish } from './english';

/** The window's two languages, as the browser's locale and as the tests name them. */
export const LANGUAGES = [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const;

/** A state of a page: in Chinese no English sentence may show; either way it is photographed. */
export async function look(page: Page, lang: 'en' | 'zh', name: string) {
  if (lang === 'zh') await expectNoEnglish(page, name);
  await snapshot(page, `${name}-${lang}`);
}
