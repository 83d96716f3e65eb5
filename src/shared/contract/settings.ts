import { z } from 'zod';
import { request } from './define';

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

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
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsRequests = {
  'settings.get': request<Settings>()(z.undefined()),
  'settings.update': request<Settings>()(settingsPatchSchema),
};
