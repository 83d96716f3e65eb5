import { IMAGE_NAME_RULE, PRICE_LIMIT_RULE, SESSION_NAME_RULE } from './cloud-rules';
import type { Localized } from './localized';
import { CIDR_REFUSALS } from './source-address';

/**
 * What the user is told when a field they typed is refused, in both languages. A schema names
 * its hint (`inputHint('regionId')`) as its zod message; whoever reports the failure turns it
 * back into text with `hintText`, so the window shows it in its own language.
 */
export const INPUT_HINTS = {
  sessionName: SESSION_NAME_RULE,
  regionId: { en: 'not a region id such as "us-west-1"', zh: '不是地域 ID（如“us-west-1”）' },
  instanceType: {
    en: 'not an instance type such as "ecs.gn6i-c4g1.xlarge"',
    zh: '不是实例规格（如“ecs.gn6i-c4g1.xlarge”）',
  },
  sessionId: { en: 'not a session id', zh: '不是会话 ID' },
  notebookPassword: { en: 'use at least 8 characters', zh: '至少 8 个字符' },
  imageName: IMAGE_NAME_RULE,
  priceLimit: PRICE_LIMIT_RULE,
  ...CIDR_REFUSALS,
  httpsAddress: { en: 'use an https:// address', zh: '请使用 https:// 地址' },
  twoAddressServices: {
    en: 'at least two services, so their answers can be compared',
    zh: '至少两个服务，以便比对结果',
  },
} as const satisfies Record<string, Localized>;

export type InputHint = keyof typeof INPUT_HINTS;

const PREFIX = 'hint:';

/** The zod message that names a hint. */
export function inputHint(hint: InputHint): string {
  return PREFIX + hint;
}

/** The text of a zod message made by inputHint; undefined for zod's own messages. */
export function hintText(message: string): Localized | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(INPUT_HINTS, key) ? INPUT_HINTS[key as InputHint] : undefined;
}
