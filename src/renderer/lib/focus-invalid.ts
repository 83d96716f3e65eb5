import { type RefObject, useEffect, useState } from 'react';

const CONTROL = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/**
 * The first field of `form` that is marked wrong, in the order a person reads the form: one
 * marked `aria-invalid`, or the control beside an error message (its label or fieldset).
 */
export function firstInvalid(form: HTMLElement): HTMLElement | undefined {
  const marked = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
  const beside = [...form.querySelectorAll<HTMLElement>('.field-error')]
    .map((error) => error.closest('label, fieldset')?.querySelector<HTMLElement>(CONTROL) ?? undefined)
    .filter((control): control is HTMLElement => control !== undefined);
  return [...marked, ...beside].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  )[0];
}

/**
 * After a failed submit, once the errors are on screen: the focus goes to the first wrong field,
 * or (nothing is marked, say the cloud refused) to `fallback`, so it never falls to the page.
 * Returns the function to call when a submit failed.
 */
export function useFocusInvalid(form: RefObject<HTMLElement | null>, fallback?: RefObject<HTMLElement | null>) {
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked === 0 || !form.current) return;
    const target = firstInvalid(form.current) ?? fallback?.current ?? undefined;
    target?.focus();
  }, [asked, form, fallback]);
  return () => setAsked((n) => n + 1);
}
