/**
 * The i18n key of an error's title ("errors.title.…"): what happened, in a few words, chosen by
 * the error's code, then by its family ("credentials.…"), then a plain fallback.
 */
export function errorTitleKey(code: string, known: (key: string) => boolean): string {
  const exact = `errors.title.${code.replaceAll('.', '_')}`;
  if (known(exact)) return exact;
  const family = `errors.title.${code.split('.')[0]}`;
  return known(family) ? family : 'errors.title.other';
}
