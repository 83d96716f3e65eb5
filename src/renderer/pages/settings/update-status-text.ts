import type { TFunction } from 'i18next';
import type { UpdateStatus } from '../../../shared/contract';
import { renderMessage } from '../../../shared/words/message';
import { timeOfDay } from '../../lib/format';

/** Where updates stand, in one sentence of the window's language. */
export function updateStatusText(status: UpdateStatus, t: TFunction, lang: string): string {
  const version = status.next?.version ?? '';
  switch (status.phase) {
    case 'unavailable':
      return t(`settings.updates.unavailable.${status.unavailable ?? 'sources'}`);
    case 'checking':
      return t('settings.updates.checking');
    case 'downloading':
      return t('settings.updates.downloading', { version, percent: status.percent ?? 0 });
    case 'ready':
      return t('settings.updates.ready', { version });
    case 'installing':
      return t('settings.updates.installing', { version });
    default:
      return status.checkedAt
        ? t('settings.updates.upToDate', { at: timeOfDay(status.checkedAt, lang) })
        : t('settings.updates.notChecked');
  }
}

/** The work a ready restart waits for, as the update controller names it. */
export function waitingText(status: UpdateStatus, lang: string): string {
  return (status.waitingFor ?? [])
    .map((w) => renderMessage({ code: `update.work.${w.kind}`, params: { name: w.name } }, lang))
    .join(lang.startsWith('zh') ? '、' : ', ');
}
