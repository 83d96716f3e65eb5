import { describe, expect, it } from 'vitest';
import { clientTokenFor, newClientToken } from './client-token';
import { DANLU_TAG_KEY, DANLU_TAG_VALUE, sessionTag, withDanluTags } from './danlu-tags';

describe('client tokens', () => {
  it('are new each time, ASCII and at most 64 characters', () => {
    const a = newClientToken();
    expect(a).not.toBe(newClientToken());
    expect(a).toMatch(/^[\x21-\x7e]{1,64}$/);
  });

  it('derive the same token from the same step so a resumed step reuses it', () => {
    const t = clientTokenFor('session-42', 'create-disk');
    expect(t).toBe(clientTokenFor('session-42', 'create-disk'));
    expect(t).not.toBe(clientTokenFor('session-42', 'create-vpc'));
    expect(t).not.toBe(clientTokenFor('session-4', '2create-disk'));
    expect(t.length).toBeLessThanOrEqual(64);
  });
});

describe('Danlu tags', () => {
  it('always carry danlu=managed first, plus the caller’s tags, one value per key', () => {
    expect(withDanluTags([sessionTag('s-1'), { key: DANLU_TAG_KEY, value: 'hijacked' }])).toEqual([
      { key: DANLU_TAG_KEY, value: DANLU_TAG_VALUE },
      { key: 'danlu:session', value: 's-1' },
    ]);
  });

  it('refuse more than the 20 tags a resource can hold', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(() => withDanluTags(many)).toThrow(RangeError);
  });
});
