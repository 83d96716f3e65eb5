import { access } from './en/access';
import { account } from './en/account';
import { launch } from './en/launch';
import { prices } from './en/prices';
import { session } from './en/session';
import { shell } from './en/shell';

/** English UI text. zh-CN.ts must have exactly the same keys (checked by type and by test). */
export const en = { ...shell, prices, launch, session, access, ...account };
