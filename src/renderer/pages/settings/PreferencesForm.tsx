import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { limits, readSettingsForm, type SettingsField, type SettingsForm, settingsForm } from './settings-form';

/** Prices, storage and guards: one form, saved together, each value checked against its range. */
export function PreferencesForm({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SettingsForm>(() => settingsForm(settings));
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const read = readSettingsForm(form);
  const wrong = new Set(read.ok ? [] : read.errors);
  const set = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    setSaved(false);
  };

  const number = (field: SettingsField, unit: string, money = false) => (
    <label className="field narrow">
      <span>{t(`settings.${field}`)}</span>
      <div className="with-unit">
        {money && <span className="unit">¥</span>}
        <input
          data-testid={`setting-${field}`}
          inputMode="decimal"
          value={form[field]}
          placeholder={limits[field].optional ? t('settings.none') : undefined}
          aria-invalid={tried && wrong.has(field) ? true : undefined}
          onChange={(e) => set({ [field]: e.target.value })}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
      {tried && wrong.has(field) && (
        <small className="field-error" role="alert">
          {t(limits[field].optional ? 'settings.rangeOptional' : 'settings.range', {
            min: limits[field].min,
            max: limits[field].max,
          })}
        </small>
      )}
      <small className="muted">{t(`settings.${field}Hint`)}</small>
    </label>
  );

  const choice = <K extends 'budgetAction' | 'keepChargingStop'>(
    field: K,
    options: Array<[SettingsForm[K], string]>,
  ) => (
    <fieldset className="plain" data-testid={`setting-${field}`}>
      <legend>{t(`settings.${field}`)}</legend>
      {options.map(([value, label]) => (
        <label className="radio" key={value}>
          <input
            type="radio"
            name={field}
            value={value}
            checked={form[field] === value}
            onChange={() => set({ [field]: value })}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form
      className="card"
      noValidate
      data-testid="preferences"
      onSubmit={async (event) => {
        event.preventDefault();
        setTried(true);
        if (!read.ok) return;
        setError(null);
        try {
          onSaved(await danlu().settings.update(read.patch));
          setSaved(true);
        } catch (e) {
          setError(e);
        }
      }}
    >
      <h2>{t('settings.pricesStorage')}</h2>
      <div className="row">
        {number('priceCacheTtlMinutes', t('settings.minutes'))}
        {number('keepSnapshots', '')}
      </div>
      <label className="check preferences-check">
        <input
          type="checkbox"
          data-testid="setting-sshConfig"
          checked={form.sshConfig}
          onChange={(e) => set({ sshConfig: e.target.checked })}
        />
        <span>{t('settings.sshConfig')}</span>
      </label>
      <p className="muted small-print">{t('settings.sshConfigHint')}</p>

      <h2 className="spaced">{t('settings.guards')}</h2>
      <div className="row">
        {number('sessionBudget', '', true)}
        {number('monthlyBudget', '', true)}
      </div>
      {choice('budgetAction', [
        ['stop', 'settings.budgetStop'],
        ['ask', 'settings.budgetAsk'],
      ])}
      <div className="row">
        {number('idleStopMinutes', t('settings.minutes'))}
        {number('leaseHours', t('settings.hours'))}
      </div>
      {choice('keepChargingStop', [
        ['economical', 'settings.keepChargingEconomical'],
        ['release', 'settings.keepChargingRelease'],
      ])}
      <ErrorNote error={error} />
      <div className="form-end">
        {saved && (
          <span className="ok-text" role="status" data-testid="settings-saved">
            {t('settings.saved')}
          </span>
        )}
        <button type="submit" className="primary" data-testid="settings-save">
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
