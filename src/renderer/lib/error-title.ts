/**
 * The i18n key of an error's title ("error.title.…"): what happened, in a few words, chosen by
 * the error's code, then by its family ("credentials.…"), then a plain fallback.
 */
export function errorTitleKey(code: string, known: (key: string) => boolean): string {
  const exact = `error.title.${code.replaceAll('.', '_')}`;
  if (known(exact)) return exact;
  const family = `error.title.${code.split('.')[0]}`;
  return known(family) ? family : 'error.title.other';
}
