import { useTranslation } from 'react-i18next';
import type { LaunchError, LaunchField, LaunchForm } from './launch-form';

/** What each section of the Launch form receives. */
export interface SectionProps {
  form: LaunchForm;
  set(patch: Partial<LaunchForm>): void;
  errors: Partial<Record<LaunchField, LaunchError>>;
  /** Errors are shown only once the person tried to launch, not while typing the first time. */
  showErrors: boolean;
}

/** The message under a field that would be refused. */
export function FieldError({
  field,
  props,
}: {
  field: LaunchField;
  props: Pick<SectionProps, 'errors' | 'showErrors'>;
}) {
  const { t } = useTranslation();
  const error = props.errors[field];
  if (!error || !props.showErrors) return null;
  return (
    <small className="field-error" role="alert" data-testid={`error-${field}`}>
      {t(`launch.errors.${error}`)}
    </small>
  );
}
