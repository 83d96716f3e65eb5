import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../../shared/contract';
import { readSettingsForm, settingsForm } from './settings-form';

const defaults = settingsSchema.parse({});

describe('the settings form', () => {
  it('round-trips the saved settings into a patch settings.update accepts', () => {
    const read = readSettingsForm(settingsForm(defaults));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(settingsPatchSchema.parse(read.patch)).toEqual(read.patch);
      expect(read.patch).toMatchObject({
        priceCacheTtlMinutes: 10,
        sessionBudget: null,
        budgetAction: 'stop',
        leaseHours: 12,
        keepChargingStop: 'economical',
      });
    }
  });

  it('takes budgets in yuan and an empty budget as "no budget"', () => {
    const read = readSettingsForm({ ...settingsForm(defaults), sessionBudget: '¥20', monthlyBudget: '' });
    expect(read.ok && read.patch).toMatchObject({ sessionBudget: 20, monthlyBudget: null });
  });

  it('names every value out of range instead of saving it', () => {
    const read = readSettingsForm({
      ...settingsForm(defaults),
      priceCacheTtlMinutes: '0',
      keepSnapshots: '2.5',
      sessionBudget: '-5',
      idleStopMinutes: 'never',
      leaseHours: '0.5',
    });
    expect(read).toEqual({
      ok: false,
      errors: ['priceCacheTtlMinutes', 'keepSnapshots', 'sessionBudget', 'idleStopMinutes', 'leaseHours'],
    });
    // The cloud releases at least 30 minutes ahead; a week at most keeps a forgotten GPU bounded.
    expect(readSettingsForm({ ...settingsForm(defaults), leaseHours: '169' })).toEqual({
      ok: false,
      errors: ['leaseHours'],
    });
  });

  it('reads full-width numbers and a ¥ sign as typed', () => {
    const read = readSettingsForm({ ...settingsForm(defaults), sessionBudget: '￥２０。５', keepSnapshots: '５' });
    expect(read).toMatchObject({ ok: true, patch: { sessionBudget: 20.5, keepSnapshots: 5 } });
  });

  it('takes an address range and address services typed full width (the contract reads them as main does)', () => {
    expect(
      settingsPatchSchema.parse({
        sourceCidr: '２０３．０．１１３．５',
        addressEndpoints: ['ｈｔｔｐｓ：／／api.ipify.org', 'https://4.ipw.cn'],
      }),
    ).toEqual({ sourceCidr: '203.0.113.5/32', addressEndpoints: ['https://api.ipify.org', 'https://4.ipw.cn'] });
  });
});
