import { useTranslation } from 'react-i18next';
import { FieldError, type SectionProps } from './form-parts';

/** The notebook password, the idle guard on the instance and the session's name. */
export function NotebookSection(props: SectionProps) {
  const { t } = useTranslation();
  const { form, set } = props;
  return (
    <fieldset className="card">
      <legend>{t('launch.notebook.title')}</legend>
      <div className="row">
        <label className="field">
          <span>{t('launch.notebook.password')}</span>
          <input
            type="password"
            autoComplete="new-password"
            data-testid="password"
            value={form.password}
            onChange={(e) => set({ password: e.target.value })}
          />
          <FieldError field="password" props={props} />
        </label>
        <label className="field">
          <span>{t('launch.notebook.passwordAgain')}</span>
          <input
            type="password"
            autoComplete="new-password"
            data-testid="password-again"
            value={form.passwordAgain}
            onChange={(e) => set({ passwordAgain: e.target.value })}
          />
          <FieldError field="passwordAgain" props={props} />
        </label>
      </div>
      <p className="muted small-print">{t('launch.notebook.passwordHint')}</p>
      <div className="row">
        <label className="field narrow">
          <span>{t('launch.notebook.idle')}</span>
          <input
            data-testid="idle-minutes"
            inputMode="numeric"
            value={form.idleMinutes}
            onChange={(e) => set({ idleMinutes: e.target.value })}
          />
          <FieldError field="idleMinutes" props={props} />
          <small className="muted">{t('launch.notebook.idleHint')}</small>
        </label>
        <label className="field narrow">
          <span>{t('launch.notebook.name')}</span>
          <input data-testid="session-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError field="name" props={props} />
          <small className="muted">{t('launch.notebook.nameHint', { name: form.name || 'lab' })}</small>
        </label>
      </div>
    </fieldset>
  );
}
