import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { createLogger } from '../../../src/main/log/logger';
import { Redactor } from '../../../src/main/log/redactor';
import { stubHandlers } from '../../support/stub-handlers';

const dispatch = createDispatch(
  stubHandlers({
    'sessions.switchToGpu': () => {
      throw new Error('a refused request must not reach its handler');
    },
    'sessions.cpuSetupQuote': () => {
      throw new Error('a refused request must not reach its handler');
    },
  }),
  createLogger(() => {}, new Redactor()),
);

const plan = {
  regionId: 'us-west-1',
  instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
  spot: { strategy: 'SpotAsPriceGo' },
  disk: { kind: 'new', sizeGiB: 40 },
  image: { kind: 'ubuntu', version: '22.04' },
};

async function refusal(name: 'sessions.switchToGpu' | 'sessions.cpuSetupQuote', input: unknown) {
  const answer = await dispatch(name, input, { transport: 'bridge' });
  if (answer.ok) throw new Error('expected a refusal');
  expect(answer.error.code).toBe('invalid_input');
  // Each language in its own text.
  expect(answer.error.text.en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(answer.error.text.zh).toMatch(/[\u4e00-\u9fff]/);
  return answer.error;
}

describe('switch to GPU and the CPU set-up quote, given bad input', () => {
  it('refuses a switch of something that is not a session id, or an unknown choice for the disk, in both languages', async () => {
    const error = await refusal('sessions.switchToGpu', { id: 'i-123', afterMove: 'shred' });
    expect(error.fields?.id).toEqual({ en: 'not a session id', zh: '不是会话 ID' });
    expect(error.fields?.afterMove?.en).toMatch(/delete|keep/);
    expect(error.fields?.afterMove?.zh).toMatch(/delete|keep/);
    expect(error.text.en).toContain('id: not a session id');
    expect(error.text.zh).toContain('id：不是会话 ID');
  });

  it('refuses a quote for a plan whose CPU set-up choice is not yes or no, or whose GPU type is not a type', async () => {
    const error = await refusal('sessions.cpuSetupQuote', {
      plan: { ...plan, instanceTypes: ['a100'], setupOnCpu: 'yes' },
    });
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['plan.instanceTypes.0', 'plan.setupOnCpu']);
    expect(error.fields?.['plan.setupOnCpu']?.en).toMatch(/boolean/i);
    expect(error.fields?.['plan.setupOnCpu']?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a launch plan whose CPU set-up choice is not yes or no', async () => {
    const answer = await dispatch(
      'sessions.launch',
      { plan: { ...plan, setupOnCpu: 'on' }, notebookPassword: 'long enough' },
      { transport: 'bridge' },
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.fields?.['plan.setupOnCpu']).toBeDefined();
  });
});
