import type { en } from './en';
import type { Shape } from './shape';
import { access } from './zh-CN/access';
import { account } from './zh-CN/account';
import { launch } from './zh-CN/launch';
import { prices } from './zh-CN/prices';
import { session } from './zh-CN/session';
import { shell } from './zh-CN/shell';

/** 简体中文界面文字，键与 en.ts 完全一致。 */
export const zhCN: Shape<typeof en> = { ...shell, prices, launch, session, access, ...account };
