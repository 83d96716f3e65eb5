import { type Message, msg } from '../../shared/words/message';
import type { StepEvent } from './types';

/** Where the bootstrap is ("3/12 Create the ml user: done"), for the window to word in its language. */
export function bootstrapStepMessage(event: Pick<StepEvent, 'index' | 'total' | 'title' | 'state' | 'error'>): Message {
  const common = { index: event.index, total: event.total, title: { msg: event.title } };
  if (event.state === 'failed') {
    return msg('bootstrap.stepFailed', { ...common, reason: event.error ?? '—' });
  }
  return msg('bootstrap.step', { ...common, state: { msg: msg(`bootstrap.state.${event.state}`) } });
}
