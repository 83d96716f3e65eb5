import { bootstrapTexts } from './bootstrap-texts';
import { launchTexts } from './launch-texts';
import { noticeTexts } from './notice-texts';
import { operationTexts } from './operation-texts';
import { trustTexts } from './trust-texts';

/** Every message main may send the window, in both UI languages. */
export const messageCatalog = {
  ...launchTexts,
  ...operationTexts,
  ...bootstrapTexts,
  ...noticeTexts,
  ...trustTexts,
};

export type MessageCode = keyof typeof messageCatalog;
