import { describe, expect, it } from 'vitest';
import { plainInput, typedNumber } from './typed-input';

describe('input as people type it', () => {
  it('reads full-width digits, signs and spaces from a Chinese input method', () => {
    expect(typedNumber('１００')).toBe(100);
    expect(typedNumber('　１２．５　')).toBe(12.5);
    expect(typedNumber('￥０．８')).toBe(0.8);
    expect(typedNumber('－３')).toBe(-3);
    expect(typedNumber('¥1,000')).toBe(1000);
  });

  it('tells an empty field from one that is not a number', () => {
    expect(typedNumber('  ')).toBeUndefined();
    expect(typedNumber('　')).toBeUndefined();
    expect(typedNumber('12abc')).toBeNaN();
    expect(typedNumber('1e5')).toBeNaN();
    expect(typedNumber('一百')).toBeNaN();
  });

  it('makes pasted full-width letters plain', () => {
    expect(plainInput(' ＬＴＡＩ５ｔ１２３ ')).toBe('LTAI5t123');
  });
});
