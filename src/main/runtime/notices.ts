import type { Notice } from '../../shared/contract/app';
import type { BudgetEvent } from '../meter/budget-guard';
import type { SessionNotice } from '../sessions/launch-deps';

const yuan = (n: number) => `¥${n.toFixed(2)}`;

/** What the user is told when a session changes in a way that matters. */
export function sessionNotice({ kind, session }: SessionNotice): Notice {
  const name = `${session.name} (${session.instanceType ?? session.plan.instanceTypes[0]})`;
  const base = { sessionId: session.id, kind };
  switch (kind) {
    case 'ready':
      return {
        ...base,
        level: 'info',
        title: { en: 'GPU ready', zh: 'GPU 已就绪' },
        body: {
          en: `${name} is ready${session.notebook ? ': the notebook is open for you' : ''}.`,
          zh: `${name} 已就绪${session.notebook ? '，Notebook 可以打开了' : ''}。`,
        },
      };
    case 'reclaim': {
      const at = session.reclaimDeadline ? new Date(session.reclaimDeadline).toLocaleTimeString('en-GB') : 'soon';
      return {
        ...base,
        level: 'warning',
        title: { en: 'Spot instance will be reclaimed', zh: '竞价实例即将被回收' },
        body: {
          en: `The cloud will release ${name} at about ${at}. Save your work: the data disk is kept.`,
          zh: `云端将在约 ${at} 释放 ${name}。请保存工作：数据盘会保留。`,
        },
      };
    }
    case 'interrupted':
      return {
        ...base,
        level: 'warning',
        title: { en: 'Instance reclaimed', zh: '实例已被回收' },
        body: {
          en: `${name} was reclaimed. Your data disk is kept; use Recover to continue.`,
          zh: `${name} 已被回收。数据盘已保留，可用“恢复”继续。`,
        },
      };
    case 'failed':
      return {
        ...base,
        level: 'error',
        title: { en: 'Launch failed', zh: '启动失败' },
        body: session.error?.text ?? { en: `${name} could not be launched.`, zh: `${name} 无法启动。` },
      };
    case 'stopped':
      return {
        ...base,
        level: 'info',
        title: { en: 'Stopped', zh: '已停止' },
        body: session.billingStopped
          ? { en: `${name} is stopped; compute is no longer billed.`, zh: `${name} 已停止，计算资源不再计费。` }
          : {
              en: `${name} is stopped, but compute is still billed; release it to stop paying.`,
              zh: `${name} 已停止，但计算资源仍在计费；释放后才停止付费。`,
            },
      };
    case 'released':
      return {
        ...base,
        level: 'info',
        title: { en: 'Released', zh: '已释放' },
        body: { en: `${name} is released.`, zh: `${name} 已释放。` },
      };
  }
}

export function budgetNotice(event: BudgetEvent): Notice {
  const what =
    event.scope === 'session' ? { en: 'session budget', zh: '会话预算' } : { en: 'monthly budget', zh: '月度预算' };
  const used = `${yuan(event.used)} / ${yuan(event.budget)}`;
  if (event.kind === 'warn') {
    return {
      kind: 'budget',
      sessionId: event.sessionId,
      level: 'warning',
      title: { en: `80 % of the ${what.en} used`, zh: `已用${what.zh}的 80%` },
      body: { en: used, zh: used },
    };
  }
  return {
    kind: 'budget',
    sessionId: event.sessionId,
    level: 'warning',
    title: { en: `${what.en} reached`, zh: `已达到${what.zh}` },
    body:
      event.action === 'stop'
        ? { en: `${used}: stopping to stop the bill.`, zh: `${used}：正在停止实例以停止计费。` }
        : { en: `${used}: stop the session if you are done.`, zh: `${used}：如已完成，请停止会话。` },
  };
}
