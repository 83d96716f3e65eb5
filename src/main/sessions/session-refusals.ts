import { AppError } from '../../shared/errors';
import type { SessionPhase } from '../../shared/session';
import { PHASE_LABELS } from '../../shared/session-phases';

/** Why the session lifecycle refuses or ends a request, in both languages. */
export const refusals = {
  notLaunching: () =>
    new AppError('session.notLaunching', {
      en: 'Only a launch in progress can be cancelled.',
      zh: '只有正在进行的启动可以取消。',
    }),
  cancelled: () => new AppError('session.cancelled', { en: 'Cancelled.', zh: '已取消。' }),
  notRecoverable: () =>
    new AppError('session.notRecoverable', {
      en: 'Only an interrupted session whose data disk survived can be recovered.',
      zh: '只有数据盘保留下来的中断会话可以恢复。',
    }),
  shutdown: () => new AppError('session.shutdown', { en: 'Danlu is closing.', zh: '丹炉正在退出。' }),
  busy: () =>
    new AppError('session.busy', {
      en: 'This session is busy with another operation; wait for it to finish.',
      zh: '此会话正在执行其他操作，请等待完成。',
    }),
  notFound: (id: string) =>
    new AppError('session.notFound', { en: `There is no session ${id}.`, zh: `不存在会话 ${id}。` }),
  notebookNotReady: () =>
    new AppError('notebook.notReady', {
      en: 'This session has no notebook ready; wait until the launch finishes.',
      zh: '此会话的 Notebook 尚未就绪，请等待启动完成。',
    }),
  wrongPhase: (verb: string, phase: SessionPhase) =>
    new AppError('session.wrongPhase', {
      en: `Cannot ${verb} a session that is ${PHASE_LABELS[phase].en.toLowerCase()}.`,
      zh: `无法对处于“${PHASE_LABELS[phase].zh}”状态的会话执行此操作。`,
    }),
};
