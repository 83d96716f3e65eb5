import { z } from 'zod';
import { inputHint } from '../input-hints';
import { checkSourceCidr, DEFAULT_ADDRESS_ENDPOINTS, distinctAddressServices } from '../source-address';
import { plainInput } from '../typed-input';
import { event, request } from './define';

const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** HTTPS "what is my address" services: at least two, since their answers must agree. */
const addressEndpointsSchema = z
  .array(
    z.preprocess(
      (text) => (typeof text === 'string' ? plainInput(text) : text),
      z.url({ protocol: /^https$/, message: inputHint('httpsAddress') }).max(300),
    ),
  )
  .min(2, inputHint('twoAddressServices'))
  .max(6)
  .refine((urls) => distinctAddressServices(urls).length >= 2, inputHint('twoAddressServices'));

/** A mirror of the release files (latest*.yml beside the installers), e.g. on the user's own object storage or CDN. */
const updateFeedUrlSchema = z.url({ protocol: /^https$/, message: inputHint('httpsAddress') }).max(500);

/** A range typed by the user instead of the learned address; brought to its network address. */
const sourceCidrSchema = z.string().transform((text, ctx) => {
  const check = checkSourceCidr(text);
  if (check.ok) return check.cidr;
  ctx.addIssue({ code: 'custom', message: inputHint(check.reason) });
  return z.NEVER;
});

/** The lease's length: at least an hour (the cloud wants 30 minutes ahead), at most a week. */
export const LEASE_HOURS = { min: 1, max: 168 } as const;
const leaseHoursSchema = z.number().int().min(LEASE_HOURS.min).max(LEASE_HOURS.max);

const keepChargingStopSchema = z.enum(['economical', 'release']);
export type KeepChargingStop = z.infer<typeof keepChargingStopSchema>;

/** Settings a person can change; every field has a default so old files stay valid. */
export const settingsSchema = z.object({
  /** null: follow the OS locale. */
  language: languageSchema.nullable().default(null),
  /** The person chose demo mode on the first-run screen: it is not shown again. */
  demoChosen: z.boolean().default(false),
  /** How long a price scan stays fresh before the Prices page asks the cloud again. */
  priceCacheTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(10),
  /** Snapshots kept per session name when releasing with a snapshot. */
  keepSnapshots: z.number().int().min(1).max(50).default(3),
  /** Write a "Host danlu-<name>" block into ~/.ssh/config for each running session. */
  sshConfig: z.boolean().default(true),
  /** CNY per session; null: no budget. */
  sessionBudget: z.number().positive().max(100000).nullable().default(null),
  /** CNY per calendar month across sessions; null: no budget. */
  monthlyBudget: z.number().positive().max(1000000).nullable().default(null),
  /** At 100 % of a budget: stop the session, or only ask. */
  budgetAction: z.enum(['stop', 'ask']).default('stop'),
  /** The app's own idle guard (a second layer to the watchdog on the instance); 0 = off. */
  idleStopMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  /**
   * Hours ahead of now every instance's automatic release time (its lease) is kept while Danlu
   * runs; if Danlu is away longer, the cloud releases the instance and the data disk stays.
   */
  leaseHours: leaseHoursSchema.default(12),
  /** A stop Danlu did not ask for that still bills compute: stopped again in economical mode, or released keeping the data disk. */
  keepChargingStop: keepChargingStopSchema.default('economical'),
  /** Where Danlu asks for the user's public address before opening SSH and the notebook to it. */
  addressEndpoints: addressEndpointsSchema.default([...DEFAULT_ADDRESS_ENDPOINTS]),
  /** Advanced: open to this range instead of the learned address; null: learn it. */
  sourceCidr: sourceCidrSchema.nullable().default(null),
  /** Look for a new version at start and daily and download it in the background. */
  updateChecks: z.boolean().default(true),
  /** Where updates come from instead of GitHub Releases (slow from mainland China); null: GitHub. */
  updateFeedUrl: updateFeedUrlSchema.nullable().default(null),
  /** Start Danlu, to the tray only, when the person logs in. */
  startAtLogin: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z.strictObject({
  language: languageSchema.nullable().optional(),
  demoChosen: z.boolean().optional(),
  priceCacheTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  keepSnapshots: z.number().int().min(1).max(50).optional(),
  sshConfig: z.boolean().optional(),
  sessionBudget: z.number().positive().max(100000).nullable().optional(),
  monthlyBudget: z.number().positive().max(1000000).nullable().optional(),
  budgetAction: z.enum(['stop', 'ask']).optional(),
  idleStopMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  leaseHours: leaseHoursSchema.optional(),
  keepChargingStop: keepChargingStopSchema.optional(),
  addressEndpoints: addressEndpointsSchema.optional(),
  sourceCidr: sourceCidrSchema.nullable().optional(),
  updateChecks: z.boolean().optional(),
  updateFeedUrl: updateFeedUrlSchema.nullable().optional(),
  startAtLogin: z.boolean().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Where SSH and the notebook would open to right now, and how Danlu knows. */
export interface SourceAddressView {
  cidr: string;
  how: { en: string; zh: string };
}

export const settingsRequests = {
  'settings.get': request<Settings>()(z.undefined()),
  'settings.update': request<Settings>()(settingsPatchSchema),
  /** Asks the address services now (or reads the typed range), as a launch would. */
  'settings.checkAddress': request<SourceAddressView>()(z.undefined()),
};

export const settingsEvents = {
  /** After every saved change (from any window, or from main). */
  'settings.changed': event<Settings>(),
};
