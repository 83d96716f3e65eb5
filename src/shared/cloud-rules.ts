/**
 * Values Danlu passes on to the cloud, checked in the forms with the cloud's own rules so that
 * nothing a form accepts is refused later.
 */

/**
 * A session name: it becomes the instance's host name "danlu-<name>", and RunInstances refuses a
 * HostName that ends with "-" or holds "--" (InvalidHostName.Malformed). So: 2–31 lower-case
 * letters and digits, starting with a letter, single hyphens between them.
 */
export const SESSION_NAME = /^(?=.{2,31}$)[a-z](?:-?[a-z0-9])+$/;

/**
 * An image name as CreateImage takes it: 2–128 characters, starting with a letter or a Chinese
 * character; letters, Chinese characters, digits, ":", "_" and "-" (no "." and no spaces).
 */
export const IMAGE_NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_:-]{1,127}$/;

/**
 * A character that may not be in a notebook password: the C0 and C1 controls (newline and tab
 * included) and the Unicode line and paragraph separators. The password reaches the instance on
 * standard input, one line per value, so a line break would end it early and feed the rest to
 * whatever reads the next line; nobody types these on purpose.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const PASSWORD_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The host name of a session's instance; safe for names stored before the rule above. */
export function hostNameFor(sessionName: string): string {
  const cleaned = `danlu-${sessionName}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 64);
  return cleaned.replace(/-+$/, '');
}

/** SpotPriceLimit takes three decimals: true for 1.234 and 1.2, false for 1.2345 (float noise such as 0.1 + 0.2 passes). */
export function hasThreeDecimalsAtMost(value: number): boolean {
  return Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;
}
