import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_NAME as CLOUD_IMAGE_NAME, validLinuxHostName } from '../simulator/actions/common/input-rules';
import { hasThreeDecimalsAtMost, hostNameFor, IMAGE_NAME, SESSION_NAME } from './cloud-rules';
import { hintText } from './input-hints';
import { planSchema } from './session';

// Names drawn from the characters that matter: letters, digits, the separators, a few others.
const nameChars = fc.constantFrom(...'abcz09AZ-._: 中'.split(''));
const names = fc.string({ unit: nameChars, minLength: 0, maxLength: 40 });

describe('what the forms accept, the cloud accepts', () => {
  it('every session name the form accepts makes a host name RunInstances takes', () => {
    fc.assert(
      fc.property(names, (name) => {
        if (SESSION_NAME.test(name)) expect(validLinuxHostName(hostNameFor(name))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses "lab-" and "a--b" with the reason, as the cloud would refuse their host names', () => {
    for (const name of ['lab-', 'a--b', 'Lab', '-lab', 'l']) {
      const parsed = planSchema.shape.name.safeParse(name);
      expect(parsed.success, name).toBe(false);
      const hint = hintText(parsed.error?.issues[0]?.message ?? '');
      expect(hint?.en).toMatch(/host name/);
      expect(hint?.zh).toMatch(/主机名/);
    }
    expect(validLinuxHostName('danlu-lab-')).toBe(false);
    expect(validLinuxHostName('danlu-a--b')).toBe(false);
    for (const name of ['lab', 'a-b', 'my-lab-2', 'x1']) expect(SESSION_NAME.test(name), name).toBe(true);
  });

  it('makes a valid host name even of a name stored before the rule', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(validLinuxHostName(hostNameFor(name))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(hostNameFor('lab-')).toBe('danlu-lab');
    expect(hostNameFor('a--b')).toBe('danlu-a-b');
  });

  it('an image name passes Danlu’s check exactly when it passes CreateImage’s', () => {
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('a', 'Z', '中', '1', '-'), names), ([first, rest]) => {
        const name = first + rest;
        expect(IMAGE_NAME.test(name)).toBe(CLOUD_IMAGE_NAME.test(name));
      }),
      { numRuns: 2000 },
    );
    expect(IMAGE_NAME.test('danlu-lab-20261129')).toBe(true);
    expect(IMAGE_NAME.test('danlu.lab')).toBe(false);
  });

  it('takes price limits with at most three decimals, float noise aside', () => {
    expect(hasThreeDecimalsAtMost(1.234)).toBe(true);
    expect(hasThreeDecimalsAtMost(0.1 + 0.2)).toBe(true);
    expect(hasThreeDecimalsAtMost(2)).toBe(true);
    expect(hasThreeDecimalsAtMost(1.2345)).toBe(false);
    const plan = planSchema.shape.spot.safeParse({ strategy: 'SpotWithPriceLimit', priceLimit: 1.2345 });
    expect(hintText(plan.error?.issues[0]?.message ?? '')).toMatchObject({
      en: expect.stringMatching(/three decimals/),
      zh: expect.stringMatching(/三位小数/),
    });
  });
});
