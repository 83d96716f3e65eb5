import { describe, expect, it } from 'vitest';
import { hashFor, pageFromHash, paramsFromHash } from './routes';

describe('routes', () => {
  it('opens the page a tray item or a "Launch this" link names, with its choices', () => {
    const hash = hashFor('launch', { region: 'us-west-1', zone: 'us-west-1b', type: 'ecs.gn6i-c4g1.xlarge' });
    expect(pageFromHash(hash)).toBe('launch');
    expect(paramsFromHash(hash)).toEqual({ region: 'us-west-1', zone: 'us-west-1b', type: 'ecs.gn6i-c4g1.xlarge' });
  });

  it('lands on Prices for an unknown page and drops empty values', () => {
    expect(pageFromHash('#/nowhere')).toBe('prices');
    expect(hashFor('session', { id: '' })).toBe('#/session');
    expect(paramsFromHash('#/session')).toEqual({});
  });
});
