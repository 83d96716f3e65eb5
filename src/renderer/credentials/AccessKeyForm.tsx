import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessKeyProblems, type CredentialStatus, keyFieldText } from '../../shared/credentials';
import { plainInput } from '../../shared/typed-input';
import { bothLanguages } from '../../shared/words/message';
import { danlu } from '../lib/danlu';
import { ErrorNote } from '../lib/ErrorNote';
import { FieldRefusal, refusedFields } from '../lib/FieldRefusal';
import { useFocusInvalid } from '../lib/focus-invalid';
import { RootKeyConfirm } from './RootKeyConfirm';

type Field = 'accessKeyId' | 'accessKeySecret';
const FIELDS: readonly Field[] = ['accessKeyId', 'accessKeySecret'];

/**
 * AccessKey id and secret. The window checks their shape as main will (an empty field says it
 * is empty, a space is refused) and shows each problem under its field; main then checks the
 * pair with a cheap read call before it keeps it in the OS keychain. The secret never comes back.
 */
export function AccessKeyForm({
  onSaved,
  submitLabel,
}: {
  onSaved(status: CredentialStatus): void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ accessKeyId: '', accessKeySecret: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const key = { accessKeyId: plainInput(values.accessKeyId), accessKeySecret: plainInput(values.accessKeySecret) };
  const problems = accessKeyProblems(key);
  const serverFields = refusedFields(error);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  // A refused key never drops the focus to the page: it goes to the field to fix, or back to the button.
  const focusInvalid = useFocusInvalid(formRef, submitRef);

  const fieldError = (field: Field) => {
    const problem = problems[field];
    return (
      <FieldRefusal
        field={field}
        text={tried && problem ? bothLanguages(keyFieldText(field, problem)) : serverFields[field]}
      />
    );
  };

  const save = async (confirmRoot = false) => {
    setTried(true);
    // A new try: an answer to the old one no longer applies.
    setError(null);
    if (problems.accessKeyId || problems.accessKeySecret) {
      focusInvalid();
      return;
    }
    setBusy(true);
    try {
      const status = await danlu().credentials.save(confirmRoot ? { ...key, confirmRoot } : key);
      setValues({ accessKeyId: '', accessKeySecret: '' });
      setTried(false);
      onSaved(status);
    } catch (e) {
      setError(e);
      focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field) => ({
    value: values[field],
    'aria-invalid': Boolean((tried && problems[field]) || serverFields[field]),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setValues({ ...values, [field]: e.target.value });
      // Typing into a field the cloud refused takes its complaint away.
      if (serverFields[field]) setError(null);
    },
  });

  return (
    <form
      ref={formRef}
      className="access-key-form"
      data-testid="access-key-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span>{t('account.credentials.keyId')}</span>
        <input
          data-testid="key-id"
          autoComplete="off"
          spellCheck={false}
          placeholder="LTAI…"
          {...input('accessKeyId')}
        />
        {fieldError('accessKeyId')}
      </label>
      <label className="field">
        <span>{t('account.credentials.keySecret')}</span>
        <input data-testid="key-secret" type="password" autoComplete="off" {...input('accessKeySecret')} />
        {fieldError('accessKeySecret')}
      </label>
      <p className="muted small-print">{t('account.credentials.keyHint')}</p>
      <ErrorNote error={error} shownFields={FIELDS} />
      <RootKeyConfirm error={error} busy={busy} onConfirm={() => void save(true)} />
      <button ref={submitRef} type="submit" className="primary" data-testid="key-save" disabled={busy}>
        {busy ? t('account.credentials.checking') : (submitLabel ?? t('account.credentials.save'))}
      </button>
    </form>
  );
}
