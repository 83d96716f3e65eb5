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
        title: 'GPU ready',
        titleZh: 'GPU 已就绪',
        body: `${name} is ready${session.notebook ? ': the notebook is open for you' : ''}.`,
        bodyZh: `${name} 已就绪${session.notebook ? '，Notebook 可以打开了' : ''}。`,
      };
    case 'reclaim': {
      const at = session.reclaimDeadline ? new Date(session.reclaimDeadline).toLocaleTimeString('en-GB') : 'soon';
      return {
        ...base,
        level: 'warning',
        title: 'Spot instance will be reclaimed',
        titleZh: '竞价实例即将被回收',
        body: `The cloud will release ${name} at about ${at}. Save your work: the data disk is kept.`,
        bodyZh: `云端将在约 ${at} 释放 ${name}。请保存工作：数据盘会保留。`,
      };
    }
    case 'interrupted':
      return {
        ...base,
        level: 'warning',
        title: 'Instance reclaimed',
        titleZh: '实例已被回收',
        body: `${name} was reclaimed. Your data disk is kept; use Recover to continue.`,
        bodyZh: `${name} 已被回收。数据盘已保留，可用“恢复”继续。`,
      };
    case 'failed':
      return {
        ...base,
        level: 'error',
        title: 'Launch failed',
        titleZh: '启动失败',
        body: session.error?.message ?? `${name} could not be launched.`,
        bodyZh: session.error?.messageZh ?? `${name} 无法启动。`,
      };
    case 'stopped':
      return {
        ...base,
        level: 'info',
        title: 'Stopped',
        titleZh: '已停止',
        body: session.billingStopped
          ? `${name} is stopped; compute is no longer billed.`
          : `${name} is stopped, but compute is still billed; release it to stop paying.`,
        bodyZh: session.billingStopped
          ? `${name} 已停止，计算资源不再计费。`
          : `${name} 已停止，但计算资源仍在计费；释放后才停止付费。`,
      };
    case 'released':
      return {
        ...base,
        level: 'info',
        title: 'Released',
        titleZh: '已释放',
        body: `${name} is released.`,
        bodyZh: `${name} 已释放。`,
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
      title: `80 % of the ${what.en} used`,
      titleZh: `已用${what.zh}的 80%`,
      body: used,
      bodyZh: used,
    };
  }
  return {
    kind: 'budget',
    sessionId: event.sessionId,
    level: 'warning',
    title: `${what.en} reached`,
    titleZh: `已达到${what.zh}`,
    body:
      event.action === 'stop' ? `${used}: stopping to stop the bill.` : `${used}: stop the session if you are done.`,
    bodyZh: event.action === 'stop' ? `${used}：正在停止实例以停止计费。` : `${used}：如已完成，请停止会话。`,
  };
}
