import { join } from 'node:path';
import { type Settings, type SettingsPatch, settingsSchema } from '../../shared/contract';
import type { Logger } from '../log/logger';
import { VersionedFile } from './versioned-file';

/** The user's settings in settings.json under the app data folder. */
export class SettingsStore {
  private readonly file: VersionedFile<Settings>;
  private current: Settings;
  private readonly listeners = new Set<(next: Settings, previous: Settings) => void>();

  constructor(dataDir: string, log: Logger) {
    this.file = new VersionedFile(
      join(dataDir, 'settings.json'),
      1,
      settingsSchema,
      () => settingsSchema.parse({}),
      log,
    );
    this.current = this.file.load().value;
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  update(patch: SettingsPatch): Settings {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const previous = this.current;
    this.current = settingsSchema.parse({ ...this.current, ...defined });
    this.file.save(this.current);
    for (const listener of this.listeners) listener(this.get(), structuredClone(previous));
    return this.get();
  }

  /** Calls `listener` after every saved change, with the settings before it. */
  onChange(listener: (next: Settings, previous: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
