/**
 * The cloud's naming rules as the API reference states them, kept apart from Danlu's own copy in
 * src/shared so that a mistake in one is caught by the other.
 */

/**
 * RunInstances HostName (Linux): 2–64 characters; segments split by "." of letters, digits and
 * "-"; "." and "-" may neither start nor end it nor follow each other ("a--b", "a.-b", "lab-").
 */
export function validLinuxHostName(name: string): boolean {
  if (name.length < 2 || name.length > 64) return false;
  if (!/^[A-Za-z0-9.-]+$/.test(name)) return false;
  return !/^[.-]|[.-]$|[.-]{2}/.test(name);
}

/** CreateImage ImageName: 2–128, a letter (or Chinese character) first, then letters, digits, ":", "_", "-". */
export const IMAGE_NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_:-]{1,127}$/;

/** Digits after the decimal point of a number as sent (trailing zeros not counted); SpotPriceLimit takes three. */
export function decimalsOf(text: string): number {
  const fraction = /\.(\d*?)0*$/.exec(text.trim())?.[1] ?? '';
  return /e-/i.test(text) ? Number.POSITIVE_INFINITY : fraction.length;
}
