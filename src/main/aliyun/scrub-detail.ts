/**
 * Makes failure text safe to show and log. pop-core puts the full request URL into its error
 * messages (for GET that is every parameter, signature and passwords included), and the
 * cloud's SignatureDoesNotMatch message echoes the whole string-to-sign.
 */
const URL_QUERY = /(https?:\/\/[^\s?"'<>]*)\?[^\s"'<>]*/gi;
const POP_URL_SUFFIX = /,\s*URL:\s*\S*/g;
const STRING_TO_SIGN = /(string to sign is:?).*$/is;
const SECRET_PARAM =
  /\b(Password|AccessKeySecret|SecurityToken|Signature|PublicKeyBody|UserData)(=|%3D|%253D)[^\s&"']*/gi;
const MAX_LENGTH = 300;

export function scrubDetail(input: string, mask?: (text: string) => string): string {
  let out = input
    .replace(STRING_TO_SIGN, '$1 [omitted]')
    .replace(POP_URL_SUFFIX, '')
    .replace(URL_QUERY, '$1?[omitted]')
    .replace(SECRET_PARAM, '$1=***')
    .replace(/\s+/g, ' ')
    .trim();
  if (mask) out = mask(out);
  return out.length > MAX_LENGTH ? `${out.slice(0, MAX_LENGTH - 1)}…` : out;
}
