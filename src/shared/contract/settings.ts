import { z } from 'zod';
import { request } from './define';

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** Settings a person can change; every field has a default so old files stay valid. */
export const settingsSchema = z.object({
  /** null: follow the OS locale. */
  language: languageSchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z.strictObject({
  language: languageSchema.nullable().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsRequests = {
  'settings.get': request<Settings>()(z.undefined()),
  'settings.update': request<Settings>()(settingsPatchSchema),
};
