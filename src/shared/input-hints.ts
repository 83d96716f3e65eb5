import type { Localized } from './localized';
import type { CidrRefusal } from './source-address';
import { bothLanguages, type Message, msg } from './words/message';

/**
 * The hints a schema may name for a refused field; their text is `input.<hint>` in the word
 * tables. A schema names its hint (`inputHint('regionId')`) as its zod message; whoever reports
 * the failure turns it back into words with `hintMessage`, so the window shows it in its own
 * language.
 */
const HINTS = [
  'sessionName',
  'regionId',
  'instanceType',
  'sessionId',
  'notebookPassword',
  'notebookPasswordLong',
  'notebookPasswordControl',
  'imageName',
  'priceLimit',
  'httpsAddress',
  'twoAddressServices',
  'remotePort',
  'localPort',
  'remotePath',
  'localPath',
] as const;

export type InputHint = (typeof HINTS)[number] | CidrRefusal;

const KNOWN: ReadonlySet<string> = new Set<string>([...HINTS, 'cidrShape', 'cidrTooWide', 'cidrNotPublic']);

const PREFIX = 'hint:';

/** The zod message that names a hint. */
export function inputHint(hint: InputHint): string {
  return PREFIX + hint;
}

/** The words of a zod message made by inputHint; undefined for zod's own messages. */
export function hintMessage(message: string): Message | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  const key = message.slice(PREFIX.length);
  return KNOWN.has(key) ? msg(`input.${key as InputHint}`) : undefined;
}

/** The same, in both languages. */
export function hintText(message: string): Localized | undefined {
  const hint = hintMessage(message);
  return hint && bothLanguages(hint);
}
