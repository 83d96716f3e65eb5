import { useTranslation } from 'react-i18next';
import { errorInfoOf } from '../../shared/errors';
import { type Localized, localize } from '../../shared/localized';

/** What a refused request said of each field it names ("addressEndpoints.1" for an item of a list). */
export function refusedFields(error: unknown): Record<string, Localized> {
  return error ? (errorInfoOf(error).fields ?? {}) : {};
}

/** A field's refusal under the field, in the window's language; nothing when there is none. */
export function FieldRefusal({ field, text }: { field: string; text: Localized | undefined }) {
  const { i18n } = useTranslation();
  return text ? (
    <small className="field-error" role="alert" data-testid={`error-${field}`}>
      {localize(text, i18n.language)}
    </small>
  ) : null;
}
