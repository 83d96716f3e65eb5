import { type Localized, localize } from '../../shared/localized';
import type { SessionView } from '../../shared/session';
import { gpuBills } from '../../shared/session-phases';
import type { QuitQuestion } from './ports';

/** What Danlu knows when asked to quit: the sessions, or nothing (they could not be read in time). */
export type QuitKnowledge = { sessions: SessionView[] } | { unknown: true };

const texts = {
  billingMessage: { en: 'A GPU is still running', zh: 'GPU 仍在运行' },
  billingDetail: {
    en: 'Quitting Danlu does not stop {names}: it keeps billing. Stop or release it first.',
    zh: '退出丹炉不会停止 {names}，它会继续计费。建议先停止或释放。',
  },
  unknownMessage: { en: 'Danlu could not check your GPUs', zh: '丹炉无法确认 GPU 的状态' },
  unknownDetail: {
    en: 'A GPU may still be running and billing. Quitting Danlu does not stop it; open Danlu to check.',
    zh: '可能仍有 GPU 在运行并计费。退出丹炉不会停止它；请打开丹炉查看。',
  },
  quit: { en: 'Quit anyway', zh: '仍然退出' },
  cancel: { en: 'Cancel', zh: '取消' },
} satisfies Record<string, Localized>;

/**
 * The question to ask before quitting, or null to quit at once: asked while a GPU bills, and
 * when Danlu cannot tell (a question it cannot answer must not keep the app from quitting).
 */
export function quitQuestion(knowledge: QuitKnowledge, lang: string): QuitQuestion | null {
  const t = (key: keyof typeof texts) => localize(texts[key], lang);
  const buttons = { quit: t('quit'), cancel: t('cancel') };
  if ('unknown' in knowledge) return { message: t('unknownMessage'), detail: t('unknownDetail'), ...buttons };
  const billing = knowledge.sessions.filter(gpuBills);
  if (billing.length === 0) return null;
  const names = billing.map((s) => s.name).join(lang.startsWith('zh') ? '、' : ', ');
  return { message: t('billingMessage'), detail: t('billingDetail').replace('{names}', names), ...buttons };
}
