/**
 * Text as people type it. A Chinese input method gives full-width digits, letters, spaces and
 * signs (１００, ＬＴＡＩ, ￥, －, ．, ／, ：); NFKC turns each into its plain form, so "１００" is
 * 100, and the ideographic full stop its punctuation mode gives for "." (。) is read as one.
 */
export function plainInput(text: string): string {
  return text.normalize('NFKC').replaceAll('。', '.').trim();
}

/**
 * A number as typed: full-width or not, with a leading ¥ and spaces or thousands commas
 * allowed ("¥1,000", "１ ０００"); undefined when empty, NaN when it is not a number.
 */
export function typedNumber(text: string): number | undefined {
  const plain = plainInput(text).replace(/^¥\s*/, '').replace(/[\s,]/g, '');
  if (plain === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}
