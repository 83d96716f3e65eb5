import type { SessionView } from '../../shared/session';
import { gpuBills } from '../../shared/session-phases';
import type { WordKey } from '../../shared/words';
import { type Message, msg, renderMessage } from '../../shared/words/message';
import type { QuitQuestion } from './ports';

/** What Danlu knows when asked to quit: the sessions, or nothing (they could not be read in time). */
export type QuitKnowledge = { sessions: SessionView[] } | { unknown: true };

/**
 * The question to ask before quitting, or null to quit at once: asked while a GPU bills, and
 * when Danlu cannot tell (a question it cannot answer must not keep the app from quitting).
 */
export function quitQuestion(knowledge: QuitKnowledge, lang: string): QuitQuestion | null {
  const t = (key: WordKey, params?: Message['params']) => renderMessage(msg(key, params), lang);
  const buttons = { quit: t('tray.quitAsk.quit'), cancel: t('shell.common.cancel') };
  if ('unknown' in knowledge)
    return { message: t('tray.quitAsk.unknownMessage'), detail: t('tray.quitAsk.unknownDetail'), ...buttons };
  const billing = knowledge.sessions.filter(gpuBills);
  if (billing.length === 0) return null;
  const names = { list: billing.map((s) => s.name) };
  return { message: t('tray.quitAsk.billingMessage'), detail: t('tray.quitAsk.billingDetail', { names }), ...buttons };
}
