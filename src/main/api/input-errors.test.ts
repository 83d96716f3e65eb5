import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from '../../shared/contract/settings';
import { inBoth } from '../../shared/words/message';
import { invalidInput } from './input-errors';

const refusal = (input: unknown) => {
  const parsed = settingsPatchSchema.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return invalidInput('settings.update', settingsPatchSchema, input, parsed.error).toInfo();
};

describe('a refused settings field', () => {
  it('is named under its field in each language, with no English in the Chinese text', () => {
    const info = refusal({ sourceCidr: '8.0.0.0/8', addressEndpoints: ['http://a.example', 'https://b.example'] });
    expect(info.fields?.sourceCidr).toEqual(inBoth('input.cidrTooWide'));
    expect(info.fields?.['addressEndpoints.0']).toEqual({ en: 'use an https:// address', zh: '请使用 https:// 地址' });
    expect(info.text.zh).toContain('范围过大');
    expect(info.text.zh).not.toMatch(/too wide|use an/);
    expect(info.text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says why a range is not an address, and that one service is not enough', () => {
    expect(refusal({ sourceCidr: '10.1.2.3' }).fields?.sourceCidr).toEqual(inBoth('input.cidrNotPublic'));
    expect(refusal({ sourceCidr: 'home' }).fields?.sourceCidr).toEqual(inBoth('input.cidrShape'));
    expect(refusal({ addressEndpoints: ['https://a.example'] }).fields?.addressEndpoints?.zh).toBe(
      '至少两个服务，以便比对结果',
    );
  });
});
