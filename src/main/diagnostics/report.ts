import type { SelfCheck, SelfCheckItem } from '../../shared/contract';
import { PROJECT } from '../../shared/project';

/** What a diagnostics file and a problem report say about this Danlu (no secret among it). */
export interface AboutDanlu {
  version: string;
  platform: string;
  arch: string;
  os: string;
  locale: string;
  /** Electron's, Chromium's and Node's versions (Node only over the browser bridge). */
  runtime: Record<string, string>;
  transport: 'ipc' | 'bridge';
  demo: boolean;
  updates: string;
  time: string;
}

function checkLine(item: SelfCheckItem): string {
  const details = [
    item.demo ? 'demo cloud' : undefined,
    item.ms !== undefined ? `${item.ms} ms` : undefined,
    item.skewSeconds !== undefined ? `${item.skewSeconds >= 0 ? '+' : ''}${item.skewSeconds} s` : undefined,
    item.code,
  ].filter(Boolean);
  return `- ${item.id}: ${item.outcome}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** The summary in a diagnostics file and a new issue: for the maintainers, so in English. */
export function summaryText(about: AboutDanlu, check: SelfCheck): string {
  return [
    `Danlu ${about.version} on ${about.platform} ${about.arch} (${about.os}), ${about.transport === 'ipc' ? 'desktop app' : 'browser bridge'}`,
    `Runtime: ${Object.entries(about.runtime)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `Cloud: ${about.demo ? 'demo (built-in simulator)' : 'Alibaba Cloud'} · locale ${about.locale} · updates ${about.updates}`,
    '',
    `Self-check at ${check.at}:`,
    ...check.items.map(checkLine),
  ].join('\n');
}

/** GitHub's new-issue form filled in with the summary; the diagnostics file is attached by hand. */
export function reportUrl(summary: string): string {
  const body = [
    '**What happened**',
    '',
    '<!-- What did you do, what did you expect, what did Danlu do instead? -->',
    '',
    '**This Danlu**',
    '',
    '```',
    summary.slice(0, 4000),
    '```',
    '',
    'Settings → Export diagnostics writes a zip without any secret in it: attach it here if you can.',
  ].join('\n');
  const url = new URL(PROJECT.newIssue);
  url.searchParams.set('title', '');
  url.searchParams.set('body', body);
  return url.toString();
}
