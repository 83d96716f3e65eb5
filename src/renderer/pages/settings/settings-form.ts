import { type KeepChargingStop, LEASE_HOURS, type Settings, type SettingsPatch } from '../../../shared/contract';
import { typedNumber } from '../../../shared/typed-input';

/** The numeric and choice settings as the form holds them (numbers as typed). */
export interface SettingsForm {
  priceCacheTtlMinutes: string;
  keepSnapshots: string;
  sshConfig: boolean;
  sessionBudget: string;
  monthlyBudget: string;
  budgetAction: 'stop' | 'ask';
  idleStopMinutes: string;
  leaseHours: string;
  keepChargingStop: KeepChargingStop;
}

export type SettingsField =
  | 'priceCacheTtlMinutes'
  | 'keepSnapshots'
  | 'sessionBudget'
  | 'monthlyBudget'
  | 'idleStopMinutes'
  | 'leaseHours';

export function settingsForm(s: Settings): SettingsForm {
  return {
    priceCacheTtlMinutes: String(s.priceCacheTtlMinutes),
    keepSnapshots: String(s.keepSnapshots),
    sshConfig: s.sshConfig,
    sessionBudget: s.sessionBudget === null ? '' : String(s.sessionBudget),
    monthlyBudget: s.monthlyBudget === null ? '' : String(s.monthlyBudget),
    budgetAction: s.budgetAction,
    idleStopMinutes: String(s.idleStopMinutes),
    leaseHours: String(s.leaseHours),
    keepChargingStop: s.keepChargingStop,
  };
}

/** Allowed ranges, shown in the message when a value falls outside. */
export const limits: Record<SettingsField, { min: number; max: number; whole: boolean; optional: boolean }> = {
  priceCacheTtlMinutes: { min: 1, max: 1440, whole: true, optional: false },
  keepSnapshots: { min: 1, max: 50, whole: true, optional: false },
  sessionBudget: { min: 0.01, max: 100000, whole: false, optional: true },
  monthlyBudget: { min: 0.01, max: 1000000, whole: false, optional: true },
  idleStopMinutes: { min: 0, max: 1440, whole: true, optional: false },
  leaseHours: { ...LEASE_HOURS, whole: true, optional: false },
};

/** Reads the form into the patch `settings.update` accepts, or names the fields out of range. */
export function readSettingsForm(
  form: SettingsForm,
): { ok: true; patch: SettingsPatch } | { ok: false; errors: SettingsField[] } {
  const errors: SettingsField[] = [];
  const values: Partial<Record<SettingsField, number | null>> = {};
  for (const field of Object.keys(limits) as SettingsField[]) {
    const rule = limits[field];
    const value = typedNumber(form[field]);
    if (value === undefined && rule.optional) {
      values[field] = null;
      continue;
    }
    const fits = value !== undefined && Number.isFinite(value) && value >= rule.min && value <= rule.max;
    if (!fits || value === undefined || (rule.whole && !Number.isInteger(value))) errors.push(field);
    else values[field] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      priceCacheTtlMinutes: values.priceCacheTtlMinutes as number,
      keepSnapshots: values.keepSnapshots as number,
      sshConfig: form.sshConfig,
      sessionBudget: values.sessionBudget ?? null,
      monthlyBudget: values.monthlyBudget ?? null,
      budgetAction: form.budgetAction,
      idleStopMinutes: values.idleStopMinutes as number,
      leaseHours: values.leaseHours as number,
      keepChargingStop: form.keepChargingStop,
    },
  };
}
